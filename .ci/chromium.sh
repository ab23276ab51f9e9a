# Sourced by .ci/run: installs Debian's Chromium and ChromeDriver when missing, for the browser
# tests (needs root, as on CI). Without them, the browser tests are skipped locally and fail in CI.
if ! command -v chromedriver >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
  echo "ci: installing Chromium and ChromeDriver (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
echo "ci: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | head -1)"
