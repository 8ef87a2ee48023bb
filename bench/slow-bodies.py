#!/usr/bin/env python3
"""Slow bodies against the standalone fake: does a normal client still get through?

Starts the standalone jar, then measures a normal client (sequential GETs of one order's
validation on one keep-alive connection, 2 s timeout each) twice: alone, and while SLOW
connections each send the headers of an admin write announcing a 1000-byte body and then one
byte of it per second. When the fake cuts a slow connection off (408 after its body deadline),
the attacker opens a new one at once, so SLOW connections stay open throughout.

Usage: python3 bench/slow-bodies.py            (builds nothing: run `mvn -B -q package -DskipTests` first)
Env:   JAR, SLOW (1000), DURATION (30 per phase), JVM_FLAGS, PORT (18191), LABEL (for the result file)
Writes bench/results/<UTC timestamp>-slow-bodies.md and prints it.
"""
import asyncio
import http.client
import multiprocessing
import os
import re
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone

JAR = os.environ.get("JAR", "fake-server/target/certcentral-fake-server.jar")
SLOW = int(os.environ.get("SLOW", "1000"))
DURATION = float(os.environ.get("DURATION", "30"))
JVM_FLAGS = os.environ.get(
    "JVM_FLAGS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m -XX:+ExitOnOutOfMemoryError")
PORT = int(os.environ.get("PORT", "18191"))
LABEL = os.environ.get("LABEL", "")
KEY = "test-api-key"
BODY_BYTES = 1000
PATH = "/services/v2/order/certificate/1000001/validation"


def start_fake():
    command = ["java", *shlex.split(JVM_FLAGS), "-jar", JAR, "--port", str(PORT)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if "listening on" in line:
            return process
    raise SystemExit("the fake did not start: " + " ".join(command))


def seed_order():
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    connection.request("POST", "/__fake/orders", body='{"status": "issued"}',
                       headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 201:
        raise SystemExit("seeding failed: %d" % response.status)


async def slow_connection(open_now, cut_off, stop_at):
    """One attacker slot: a slow body, reopened whenever the fake cuts it off."""
    head = ("POST /__fake/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: %d\r\n\r\n" % BODY_BYTES).encode()
    while time.monotonic() < stop_at:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        with open_now.get_lock():
            open_now.value += 1
        try:
            writer.write(head)
            await writer.drain()
            for _ in range(BODY_BYTES):
                if time.monotonic() >= stop_at:
                    break
                writer.write(b" ")
                await writer.drain()
                try:
                    answer = await asyncio.wait_for(reader.read(64), timeout=1.0)
                except asyncio.TimeoutError:
                    continue
                if answer.startswith(b"HTTP/1.1 408"):
                    with cut_off.get_lock():
                        cut_off.value += 1
                break
        except OSError:
            pass
        finally:
            with open_now.get_lock():
                open_now.value -= 1
            writer.close()


def attacker(open_now, cut_off, stop_at):
    async def run():
        await asyncio.gather(*(slow_connection(open_now, cut_off, stop_at) for _ in range(SLOW)))
    asyncio.run(run())


def normal_client(seconds, open_now=None):
    """Sequential GETs on one keep-alive connection; a failure reconnects."""
    latencies, failures, open_samples = [], 0, []
    connection = None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if connection is None:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
        t0 = time.perf_counter()
        try:
            connection.request("GET", PATH, headers={"X-DC-DEVKEY": KEY})
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            connection.close()
            connection = None
        if ok:
            latencies.append((time.perf_counter() - t0) * 1000)
        else:
            failures += 1
        if open_now is not None and len(latencies) % 200 == 0:
            open_samples.append(open_now.value)
    if connection is not None:
        connection.close()
    return latencies, failures, open_samples


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def summary(name, latencies, failures):
    total = len(latencies) + failures
    return ("| %s | %d | %.2f %% | %.2f | %.2f | %.2f |"
            % (name, total, 100.0 * len(latencies) / total if total else 0,
               percentile(latencies, 50), percentile(latencies, 99), max(latencies, default=float("nan"))))


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    fake = start_fake()
    try:
        seed_order()
        normal_client(3)  # warm-up, not reported
        alone = normal_client(DURATION)

        open_now = multiprocessing.Value("i", 0)
        cut_off = multiprocessing.Value("i", 0)
        stop_at = time.monotonic() + DURATION + 15
        slow = multiprocessing.Process(target=attacker, args=(open_now, cut_off, stop_at))
        slow.start()
        ramp_end = time.monotonic() + 10
        while open_now.value < SLOW and time.monotonic() < ramp_end:
            time.sleep(0.05)
        ramped = open_now.value
        under_attack = normal_client(DURATION, open_now)
        slow.terminate()
        slow.join()
        alive = fake.poll() is None
    finally:
        fake.terminate()
        fake.wait(30)

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    samples = under_attack[2]
    report = "\n".join([
        "# Slow bodies against the standalone fake%s (%s)" % ((" — " + LABEL) if LABEL else "", stamp),
        "",
        "Command: `%s`" % " ".join(
            ["JAR=" + JAR, "SLOW=%d" % SLOW, "DURATION=%g" % DURATION,
             "JVM_FLAGS=%s" % shlex.quote(JVM_FLAGS), "python3 bench/slow-bodies.py"]),
        "",
        "Slow connections open when the measured phase began: %d of %d; during it: min %s, max %s"
        % (ramped, SLOW, min(samples, default="-"), max(samples, default="-")),
        "Slow bodies cut off with a 408 by the fake: %d; fake still running at the end: %s"
        % (cut_off.value, "yes" if alive else "NO"),
        "",
        "| phase | calls | success | p50 (ms) | p99 (ms) | max (ms) |",
        "|---|---|---|---|---|---|",
        summary("normal client alone", alone[0], alone[1]),
        summary("normal client, %d slow bodies open" % SLOW, under_attack[0], under_attack[1]),
        "",
    ])
    os.makedirs("bench/results", exist_ok=True)
    path = "bench/results/%s-slow-bodies.md" % stamp
    with open(path, "w") as out:
        out.write(report)
    print(report)
    print("written to " + path)


if __name__ == "__main__":
    sys.exit(main())
