#!/usr/bin/env bash
# Writes the secret files docker/compose.yaml mounts (docker/secrets/, git-ignored) that can
# be generated, and says which ones are still yours to write. Never overwrites a file.
#   bash docker/make-secrets.sh             production-like: you write smtp_url and web_client_secret
#   bash docker/make-secrets.sh --demo      also the demo's: the mail sink and a dev-issuer client secret
#   bash docker/make-secrets.sh --azurite   also Azurite's connection string (its published dev account)
set -euo pipefail

dir="$(cd "$(dirname "$0")" && pwd)/secrets"
demo=false
azurite=false
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    --azurite) azurite=true ;;
    *) echo "usage: $0 [--demo] [--azurite]" >&2; exit 2 ;;
  esac
done

# The folder is yours alone; the files are readable, because Compose mounts them as they are
# and the apps run as the image's `node` user, PostgreSQL as its `postgres` user.
mkdir -p "$dir"
chmod 700 "$dir"
umask 022

# Letters and digits only, so a password needs no escaping in a URL.
random() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$1"; }

write() {
  if [[ -e "$dir/$1" ]]; then
    echo "kept    docker/secrets/$1"
  else
    printf '%s\n' "$2" >"$dir/$1"
    echo "wrote   docker/secrets/$1"
  fi
}

write postgres_password "$(random 32)"
# The bundled PostgreSQL, with the password above; a managed one: replace the whole URL.
write database_url "postgres://commend:$(head -n 1 "$dir/postgres_password")@postgres:5432/commend"
write web_session_secret "$(random 48)"
# Empty counts as unset: needed only with MAIL_TRANSPORT=notify / STORAGE_DRIVER=azure-blob.
write notify_api_key ''
if $azurite; then
  # Azurite's well-known development account (published by Microsoft; not a secret).
  write azure_storage_connection_string 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;'
else
  write azure_storage_connection_string ''
fi
if $demo; then
  write smtp_url 'smtp://mail:1025'
  # The dev issuer registers the web app with this secret too.
  write web_client_secret "$(random 32)"
fi

status=0
for name in smtp_url web_client_secret; do
  if [[ ! -e "$dir/$name" ]]; then
    case "$name" in
      smtp_url) what='the SMTP relay, e.g. smtp://user:password@relay.example.nhs.uk:587' ;;
      web_client_secret) what="the web app registration's client secret (docs/entra-id.md)" ;;
    esac
    echo "missing docker/secrets/$name: write $what"
    status=1
  fi
done
exit "$status"
