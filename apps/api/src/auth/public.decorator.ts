import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'spendwise:isPublic';

/** Opts a route out of the global auth guard (health checks, API docs). Everything else needs a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
