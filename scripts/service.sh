# Sourced by scripts/demo.sh and scripts/bench.sh: start_service EGCA LOG starts `EGCA serve` on a free
# loopback port with its log in LOG, and sets $server (its pid) and $port (empty when it did not start
# within five seconds; the port is read from the address the log names, whatever the language around it).
start_service() {
  "$1" serve --listen 127.0.0.1:0 2> "$2" &
  server=$!
  port=
  for _ in $(seq 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$2")
    [ -n "$port" ] && break
    sleep 0.05
  done
}
