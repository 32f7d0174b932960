#!/usr/bin/env sh
# Rebuilds Kind/Data/kind-model.bin from tests/datasets/minibar_en (deterministic: same data, same bytes).
# ARTIFACTS=/tmp/somewhere keeps the build out of the shared bin/obj folders.
set -eu
cd "$(dirname "$0")/../../.."
dotnet run -c Release ${ARTIFACTS:+--artifacts-path "$ARTIFACTS"} --project tests/VoiceOfCustomer.Tagging.Evaluation -- build-kind-model
