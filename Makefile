# The front door: `make run` (API + embedded MariaDB + demo data) and `make test` (every test).
SHELL := /bin/bash
PORT ?= 8080
EMBEDDED_DB_PORT ?= 3307
DATA_DIR ?= $(CURDIR)/.data
# The official 2025 communes, loaded at first start when the folder is there (local demos use ../shared).
ADMIN_UNITS_DIR ?= $(wildcard $(abspath $(CURDIR)/../shared/data/admin-units))
MVNW := cd backend && ./mvnw -B -q
APP := backend/target/quarkus-app/quarkus-run.jar

.PHONY: run build build-dashboard test test-backend test-e2e test-frontend screenshots openapi bench-summary bench-import bench-load clean clean-data help

help:
	@echo "make run        build and start Keycloak (port 8180), the API (port $(PORT)) with an embedded MariaDB and demo data, and the dashboard (port 5173)"
	@echo "make test       run every test"
	@echo "make openapi    publish the API's current OpenAPI document as openapi.yaml"
	@echo "make bench-summary  time the summary endpoints beside raw SQL on 50,000 points, 5 years, 7 indicators (21 M values);"
	@echo "                    stress run: make bench-summary BENCH_POINTS=200000 (84 M values); also BENCH_YEARS, BENCH_INDICATORS, BENCH_CALLS"
	@echo "make bench-import   import 1,000,000 outcome rows with curl and compare with MariaDB's LOAD DATA"
	@echo "make bench-load     drive the packaged API with wrk on a national data set: req/s, p50/p99, errors, overload, peak heap"
	@echo "make clean      remove build output (keeps the data in .data/)"
	@echo "make clean-data remove the embedded database's data"

build:
	$(MVNW) package -DskipTests

build-dashboard:
	@$(MAKE) -s -C frontend build

run: build build-dashboard
	@DATA_DIR=$(DATA_DIR) PORT=$(PORT) EMBEDDED_DB_PORT=$(EMBEDDED_DB_PORT) ADMIN_UNITS_DIR=$(ADMIN_UNITS_DIR) backend/scripts/run.sh

test: test-backend test-e2e test-frontend

test-backend:
	cd backend && ./mvnw -B test

# End to end: the real Keycloak, the packaged API, tokens fetched with curl, then the built dashboard
# in Debian's chromium (installed by `make -C frontend chromium` when missing and possible).
test-e2e: build build-dashboard
	@$(MAKE) -s -C frontend chromium
	ADMIN_UNITS_DIR=$(ADMIN_UNITS_DIR) backend/scripts/e2e.sh

# The dashboard's unit tests (Vitest) and its initial-download budget.
test-frontend:
	@$(MAKE) -s -C frontend test

# Runs the end-to-end tests and keeps their screenshots of the main pages for README.
screenshots: test-e2e
	mkdir -p frontend/screenshots
	cp backend/target/e2e/screenshots/*.png frontend/screenshots/

openapi:
	-$(MVNW) test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodegen.skip=true '-Dgenerated-client.exclude=**/*client/**'
	cp backend/target/openapi-served.yaml openapi.yaml
	@git diff --stat -- openapi.yaml

# Sizes of the synthetic data set (SummaryBenchmark reads them as -Dbench.*).
BENCH_POINTS ?= 50000
BENCH_YEARS ?= 5
BENCH_INDICATORS ?= 7
BENCH_CALLS ?= 30

# One fill statement outlasts @QuarkusTest's 10-minute hang detector, which would print a thread dump mid-table.
bench-summary:
	set -o pipefail; cd backend && ./mvnw -B test -Dtest=SummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jit=-XX:+TieredCompilation \
	  -Dquarkus.test.hang-detection-timeout=PT4H \
	  -Dbench.points=$(BENCH_POINTS) -Dbench.years=$(BENCH_YEARS) -Dbench.indicators=$(BENCH_INDICATORS) -Dbench.calls=$(BENCH_CALLS) \
	  | grep --line-buffered -E '^(Data|Fill|Totals|Census|Legend|Warm-up|\||EXPLAIN|  →|Drift)|Tests run:|BUILD'

bench-import: build
	backend/scripts/bench-import.sh

# Installs Debian's wrk when missing. BENCH_POINTS, BENCH_VALUES, BENCH_SECONDS...: see the script's header.
bench-load: build
	backend/scripts/bench-load.sh

clean:
	cd backend && ./mvnw -B -q clean

clean-data:
	rm -rf $(DATA_DIR)
