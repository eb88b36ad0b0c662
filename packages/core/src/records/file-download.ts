import { z } from 'zod';

/**
 * A generated file as a procedure returns it. tRPC callers receive it as JSON (content in base64);
 * a REST route whose meta says `file: true` answers with the bytes themselves, the content type and
 * an attachment file name (apps/api, `registerRestApi`).
 */
export const fileDownloadOutput = z.object({
  filename: z.string().min(1).max(200),
  contentType: z.string().min(1).max(100),
  base64: z.string(),
});
export type FileDownload = z.infer<typeof fileDownloadOutput>;

export function fileDownload(filename: string, contentType: string, content: Uint8Array): FileDownload {
  return { filename, contentType, base64: Buffer.from(content).toString('base64') };
}
