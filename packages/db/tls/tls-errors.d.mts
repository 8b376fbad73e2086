/** An Error naming the cause when `error` is a TLS certificate failure, else undefined. */
export function describeTlsError(error: unknown, databaseUrl: string | undefined): Error | undefined;
