#!/usr/bin/env bash
# Makes one migration for each database provider from the current model (never write them by hand).
#   scripts/migrations.sh add <Name>     add a migration named <Name> for SQLite and for PostgreSQL
#   scripts/migrations.sh remove         remove the last migration of both (needs no database: the
#                                        files go and the snapshot comes back from git)
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
    remove)
      dir="$project/Platform/Data/Migrations/$provider"
      last=$(ls "$dir" | grep -E '^[0-9]{14}_.*\.cs$' | grep -v Designer | sort | tail -1)
      [ -n "$last" ] || { echo "no migration in $dir"; exit 1; }
      rm "$dir/$last" "$dir/${last%.cs}.Designer.cs"
      git checkout HEAD -- "$dir/${provider}AppDbContextModelSnapshot.cs" 2>/dev/null \
        || echo "restore $dir/${provider}AppDbContextModelSnapshot.cs by hand (it is not committed)"
      echo "removed $last" ;;
    list)   echo "== $provider"; dotnet ef migrations list "${args[@]}" ;;
    *)      sed -n '2,5p' "$0"; exit 2 ;;
  esac
done
