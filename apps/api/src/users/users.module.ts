import { Module } from '@nestjs/common';
import { CognitoUserDirectory } from '../auth/cognito-user-directory';
import { BudgetsModule } from '../budgets/budgets.module';
import { UserProvisioningService } from './user-provisioning.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [BudgetsModule],
  controllers: [UsersController],
  providers: [UsersService, UserProvisioningService, CognitoUserDirectory],
  exports: [UsersService, UserProvisioningService, CognitoUserDirectory],
})
export class UsersModule {}
