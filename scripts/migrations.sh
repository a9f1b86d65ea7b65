#!/usr/bin/env bash
# Makes one migration for each database provider from the current model (never write them by hand).
#   scripts/migrations.sh add <Name>     add a migration named <Name> for SQLite and for PostgreSQL
#   scripts/migrations.sh remove         remove the last migration of both
#   scripts/migrations.sh list           list the migrations of both
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/Urbis.Web
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
for provider in Sqlite PostgreSql; do
  args=(--project "$project" --context "${provider}AppDbContext" --no-build)
  case "${1:-}" in
    add)    dotnet ef migrations add "${2:?name}" "${args[@]}" --output-dir "Platform/Data/Migrations/$provider" ;;
    remove) dotnet ef migrations remove "${args[@]}" ;;
    list)   echo "== $provider"; dotnet ef migrations list "${args[@]}" ;;
    *)      sed -n '2,5p' "$0"; exit 2 ;;
  esac
done
