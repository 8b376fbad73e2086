/** What the figures were measured on: they mean little without it. */
import os from 'node:os';

export async function describeMachine(client) {
  const { rows } = await client.query('SHOW server_version');
  const settings = await client.query(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'fsync', 'max_connections')`,
  );
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: rows[0].server_version,
    postgresSettings: Object.fromEntries(
      settings.rows.map((row) => [row.name, `${row.setting}${row.unit ? ` ${row.unit}` : ''}`]),
    ),
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
