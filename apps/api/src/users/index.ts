/**
 * The users feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { UsersModule } from './users.module';
export { UsersService } from './users.service';
