#!/usr/bin/env bash
# multi-gitter runs this in the root of each repository (see docs/org-wide.md). It migrates the repository and
# keeps the Markdown report outside it, named after the repository, to become the pull request's description.
set -euo pipefail
reports="${CLARIFAI_REPORTS:?set CLARIFAI_REPORTS to a folder for the reports}"
mkdir -p "$reports/$(dirname "$REPOSITORY")"
npx --yes clarifai-codemod@0 --markdown "$reports/$REPOSITORY.md" . >&2
