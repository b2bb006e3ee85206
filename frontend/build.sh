#!/usr/bin/env bash
# Compile govuk-frontend once into the web app's static folder. Dev-only: the output is committed, so no
# Node is needed at run time. Upgrade govuk-frontend here and govuk-frontend-jinja in pyproject together.
set -euo pipefail
cd "$(dirname "$0")"
out=../src/carewatch/web/static/vendor/govuk
npm ci --no-audit --no-fund
rm -rf "$out" && mkdir -p "$out/assets/images"
npx sass --load-path=node_modules --style=compressed --no-source-map app.scss "$out/govuk-frontend.min.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/"
# Only the generic images (no crown, no GOV.UK favicons or fonts).
cp node_modules/govuk-frontend/dist/govuk/assets/images/*.svg "$out/assets/images/" 2>/dev/null || true
rm -f "$out"/assets/images/*crown* "$out"/assets/images/*crest* "$out"/assets/images/favicon* "$out"/assets/images/govuk-icon*
version=$(node -p "require('govuk-frontend/package.json').version")
printf 'govuk-frontend %s compiled with sass %s by frontend/build.sh\n' "$version" "$(npx sass --version)" > "$out/VERSION"
if grep -q "GDS Transport" "$out/govuk-frontend.min.css"; then echo "GDS Transport leaked into the CSS" >&2; exit 1; fi
# axe-core for the browser tests' accessibility checks (tests/web/browser), committed like the CSS.
cp node_modules/axe-core/axe.min.js ../tests/web/browser/axe.min.js
