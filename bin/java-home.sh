# Sourced by bin/raqib and .ci/run: finds a JDK of version 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if new enough, then the JDKs under /usr/lib/jvm (newest first), then `java` on PATH.
raqib_java_version() { # prints the major version of the java binary $1
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
raqib_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(raqib_java_version "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME="$(raqib_find_jdk)"; then
  echo "raqib: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/*, and java on PATH)." >&2
  echo "raqib: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries trip JDK 24+ warnings (native access, sun.misc.Unsafe); they are not ours.
if [ "$(raqib_java_version "$JAVA_HOME/bin/java")" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
