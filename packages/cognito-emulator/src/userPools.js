/**
 * User pools as cognito-local stores them (`<dataDir>/db/<poolId>.json`), with one fix: Cognito pools created
 * with UsernameConfiguration.CaseSensitive = false (ours, like the Terraform one) find `Ana@Example.com` when
 * `ana@example.com` signed up. cognito-local compares usernames and emails exactly.
 */
import { attributeValue, UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';

export class CaseInsensitiveUserPoolServiceFactory extends UserPoolServiceFactoryImpl {
  /** @override */
  async create(ctx, clientsDataStore, defaultOptions) {
    const userPool = await super.create(ctx, clientsDataStore, defaultOptions);
    const findExactly = userPool.getUserByUsername.bind(userPool);
    userPool.getUserByUsername = async (lookupCtx, username) => {
      const user = await findExactly(lookupCtx, username);
      if (
        user ||
        userPool.options.UsernameConfiguration?.CaseSensitive !== false ||
        typeof username !== 'string'
      ) {
        return user;
      }
      const wanted = username.toLowerCase();
      const users = await userPool.listUsers(lookupCtx);
      return (
        users.find((candidate) => attributeValue('email', candidate.Attributes)?.toLowerCase() === wanted) ??
        null
      );
    };
    return userPool;
  }
}
