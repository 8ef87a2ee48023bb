package dev.certcentral.fake.web;

import java.time.Instant;

/**
 * One request the fake received. Holds no header and no body, so no API key can end up here.
 *
 * @param time when it arrived, by the fake's clock
 * @param method the HTTP method
 * @param path the path, without the query string
 * @param status the status answered
 * @param millis how long the answer took
 */
public record JournalEntry(Instant time, String method, String path, int status, float millis) {}
