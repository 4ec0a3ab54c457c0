# syntax=docker/dockerfile:1
# Cumbre in one image: the API serves the web app (static files and server-side rendering)
# on the same port. Build from the repository root:
#   docker build -f docker/app.Dockerfile -t cumbre-app .
# or through docker/compose.yml. The image needs DATABASE_URL and JWT_SECRET at run time
# (see .env.example); it never starts an embedded PostgreSQL.
ARG NODE_IMAGE=node:20.20-bookworm-slim

# --- 1. every dependency, for the build --------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
# argon2 falls back to compiling its native addon when its prebuilt binary does not load.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- 2. production build of api and web ----------------------------------------------------
FROM deps AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY . .
RUN npx nx run-many -t build -p api web --configuration=production --outputStyle=stream

# --- 3. only what the API bundle requires at run time ---------------------------------------
# The API build writes dist/apps/api/package.json and a matching package-lock.json listing
# just the packages the bundle imports; the web server bundle needs none (it is self-contained).
FROM deps AS runtime-deps
WORKDIR /runtime
COPY --from=build /app/dist/apps/api/package.json /app/dist/apps/api/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- 4. the runtime image ------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# The V8 heap is capped at 192 MB (the live set is ~100 MB: two 24 MB answer caches, Nest and
# Angular's server code): without a cap V8 lets garbage from server-side renders pile up and the
# process grew past 500 MB after 600 page renders; with it, ~280 MB (issue #12: ≤ 300 MB).
# The API sets its other V8 flag itself (apps/api/src/app/v8-flags.ts): NODE_OPTIONS does not take it.
ENV NODE_OPTIONS=--max-old-space-size=192
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=dist/apps/web
WORKDIR /app
COPY --from=runtime-deps --chown=node:node /runtime/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist/apps/api ./dist/apps/api
COPY --from=build --chown=node:node /app/dist/apps/web ./dist/apps/web
USER node
EXPOSE 3000
# Readiness, not mere liveness: the database must answer too.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM lets in-flight requests finish and closes the pool. Run with an init process
# (`docker run --init`, `init: true` in compose) so that the signal is handled as outside PID 1.
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/api/main.js"]
