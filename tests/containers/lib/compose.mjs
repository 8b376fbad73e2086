/**
 * The repository's docker-compose.yml under a project name and ports of the suite's own, so a developer's
 * `docker compose` stack (project, containers, volumes, ports 3000/4000/9229) is never touched.
 */
import path from 'node:path';
import { repoRoot, runCommand as run } from '@spendwise/devkit';
import { COMPOSE_CLI } from './docker.mjs';
import { IMAGE_TAG } from './project-images.mjs';

export const composeFile = path.join(repoRoot, 'docker-compose.yml');

/**
 * @param {{ composeProject: string, ports: { web: number, api: number, cognito: number } }} plan
 * @param {{ postgresPassword: string }} secrets
 */
export function composeEnv(plan, { postgresPassword }) {
  return {
    ...process.env,
    COMPOSE_PROJECT_NAME: plan.composeProject,
    WEB_PORT: String(plan.ports.web),
    API_PORT: String(plan.ports.api),
    COGNITO_PORT: String(plan.ports.cognito),
    SPENDWISE_IMAGE_TAG: IMAGE_TAG,
    POSTGRES_PASSWORD: postgresPassword,
  };
}

/** `docker-compose --file docker-compose.yml <args>` in `env`. */
export function compose(args, { env, timeoutMs = 60_000 }) {
  return run(COMPOSE_CLI, ['--file', composeFile, '--project-directory', repoRoot, ...args], {
    env,
    timeoutMs,
  });
}
