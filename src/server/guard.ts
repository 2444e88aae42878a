/**
 * Who may talk to `entente serve`: the checks every request passes before it is handled. Pure functions of the
 * request's headers, so they are tested without a socket.
 *
 * - `Host` must name this server by an IP literal or `localhost`, with its port: a DNS name pointing at the loopback
 *   (DNS rebinding) is refused, so no other web site can read or write through the user's browser.
 * - A write must come from the page's own origin (`Origin` = `http://<Host>`; `Sec-Fetch-Site`, when sent, says
 *   `same-origin`) and carry the run's token, which only the person who started the server has seen (it is printed
 *   in the URL's fragment, never served): other users of a shared machine can reach the port but cannot write.
 */
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

export type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** A refusal: HTTP status and a sentence for the response body. */
export interface Refusal {
  status: 403;
  error: string;
}

export const TOKEN_HEADER = "x-entente-token";

/** Checks the `Host` header; `null` when acceptable. */
export function checkHost(headers: Headers, port: number): Refusal | null {
  const host = single(headers.host);
  if (host === undefined) return { status: 403, error: "serve: the request has no Host header" };
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):(\d+)$/.exec(host);
  const name = match?.[1]?.replace(/^\[|\]$/g, "");
  if (match === null || name === undefined || Number(match[2]) !== port || (name !== "localhost" && isIP(name) === 0))
    return {
      status: 403,
      error: `serve: refused a request for host "${host}": only this server's address (an IP or localhost, port ${port}) is served`,
    };
  return null;
}

/** Checks that a write comes from the served page: same origin and the run's token. Call after `checkHost`. */
export function checkWrite(headers: Headers, token: string): Refusal | null {
  const origin = single(headers.origin);
  const expected = `http://${single(headers.host) ?? ""}`;
  if (origin === undefined || origin !== expected)
    return {
      status: 403,
      error: `serve: refused a write from ${origin === undefined ? "an unknown origin" : `origin "${origin}"`}: only the page this server serves may write`,
    };
  const site = single(headers["sec-fetch-site"]);
  if (site !== undefined && site !== "same-origin")
    return { status: 403, error: `serve: refused a ${site} write: only the page this server serves may write` };
  const given = single(headers[TOKEN_HEADER]);
  if (given === undefined || !sameSecret(given, token))
    return {
      status: 403,
      error:
        "serve: refused a write without this run's token: open the URL `entente serve` printed (with its #token=…)",
    };
  return null;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
