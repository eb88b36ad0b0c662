import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/**
 * DejaVu Sans (a free licence, shipped by the `dejavu-fonts-ttf` package) embedded in every document:
 * PDF's standard fonts have no Cyrillic.
 */
function dejaVu(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

export interface DocumentText {
  title: string;
  /** Paragraphs separated by blank lines; single line breaks are kept. */
  body: string;
  /** The PDF's metadata. */
  author: string;
  subject: string;
}

/** An A4 PDF: the title in bold, then the body's paragraphs, with the fonts embedded. */
export async function renderPdf(text: DocumentText): Promise<Buffer> {
  const { regular, bold } = dejaVu();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 56 },
    info: { Title: text.title, Author: text.author, Subject: text.subject },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(14).text(text.title, { align: 'center' });
  doc.moveDown(1);
  doc.font('regular').fontSize(10.5);
  for (const paragraph of text.body.split(/\n\s*\n/)) {
    doc.text(paragraph.trim(), { align: 'left', lineGap: 2 });
    doc.moveDown(0.7);
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
