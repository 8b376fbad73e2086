#!/bin/sh
# Build stages only. Runs a command (npm) that also trusts the CA bundle passed as the optional build secret
# `extra_ca_certs` — for builders whose way to the npm registry goes through a TLS-intercepting proxy. The bundle
# is mounted for that one command and never stored in a layer; without the secret this just runs the command.
set -e
if [ -s /run/secrets/extra_ca_certs ]; then
  export NODE_EXTRA_CA_CERTS=/run/secrets/extra_ca_certs
fi
exec "$@"
