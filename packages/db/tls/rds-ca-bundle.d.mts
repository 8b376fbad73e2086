export function rdsCaCertificates(now?: Date): string[];
export function rdsCaBundle(now?: Date): string;
