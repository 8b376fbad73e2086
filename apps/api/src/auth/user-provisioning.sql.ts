import { Prisma } from '@spendwise/db';

/** One raw, fully indexed statement: Prisma's model API would add its query planning on top of the same SQL. */
export function userByCognitoSubQuery(cognitoSub: string): Prisma.Sql {
  return Prisma.sql`
      SELECT id, cognito_sub AS "cognitoSub" FROM users WHERE cognito_sub = ${cognitoSub}`;
}
