# The dashboard for servers: built with Node, served by nginx. /config.json (where the API and
# Keycloak are) is written from the environment when the container starts, so one image serves
# any deployment. Build from the repository root: docker build -f docker/dashboard.Dockerfile .
FROM node:20-bookworm AS build
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend/ frontend/
RUN cd frontend && npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/frontend/dist /usr/share/nginx/html
COPY docker/dashboard-nginx.conf.template /etc/nginx/templates/default.conf.template
ENV API_URL=https://antq.example.gov.vn/api/v1 \
    KEYCLOAK_URL=https://sso.example.gov.vn \
    KEYCLOAK_REALM=antq \
    KEYCLOAK_CLIENT=antq-dashboard
EXPOSE 80
