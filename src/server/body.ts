/** Reading a JSON request body with a size cap, before anything is parsed or written. */
import type { IncomingMessage } from "node:http";

/** Why a body was not read: HTTP status and a sentence. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

/**
 * The body's text, refused with 415 when not `application/json`, 413 as soon as it exceeds `limit` bytes (judged
 * from `Content-Length` before reading when there is one), 400 when it is not UTF-8.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<string> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json")
    throw new BodyError(415, `serve: the body must be application/json, not "${type || "none"}"`);
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit)
    throw new BodyError(413, `serve: the body is ${declared} bytes, over the ${limit}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, `serve: the body is over the ${limit}-byte limit`);
    chunks.push(chunk);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyError(400, "serve: the body is not valid UTF-8");
  }
}
