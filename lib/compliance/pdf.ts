import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { fileTranslator, type ReportDocument } from './sections';

// WenQuanYi Micro Hei cut to ASCII and GB2312 level 1 (lib/compliance/fonts/README.md); pdfkit embeds
// only the glyphs a document uses, with a ToUnicode map so the text can be searched and copied.
const fontFile = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/compliance/fonts/wqy-microhei-gb2312.ttf');
let fontBytes: Buffer | null = null;
const font = () => (fontBytes ??= fs.readFileSync(fontFile));

const A4 = { width: 595.28, height: 841.89 };
const margin = 48;
const contentWidth = A4.width - 2 * margin;
const bottom = A4.height - margin - 18;

/** The report as an A4 PDF, every string in the embedded CJK font, tables broken across pages. */
export function renderPdf(doc: ReportDocument, generatedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4', margin, bufferPages: true, font: font(), autoFirstPage: true,
    info: { Title: doc.heading, Author: doc.organisation, Subject: doc.meta[0]?.join(': '), CreationDate: generatedAt, ModDate: generatedAt },
    lang: doc.locale === 'zh' ? 'zh-CN' : 'en',
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.fontSize(16).fillColor('#0f172a').text(doc.heading, { width: contentWidth });
  pdf.moveDown(0.2).fontSize(10).fillColor('#475569').text(doc.organisation);
  pdf.moveDown(0.6);
  table(pdf, ['', ''], doc.meta.map(([k, v]) => [k, v]), [0.3, 0.7], false);

  for (const section of doc.sections) {
    ensureSpace(pdf, 60);
    pdf.moveDown(0.8).fontSize(12).fillColor('#0f172a').text(section.title, margin, pdf.y, { width: contentWidth });
    pdf.moveDown(0.3);
    const widths = section.columns.length === 2 ? [0.7, 0.3] : section.columns.length === 4 ? [0.34, 0.3, 0.18, 0.18] : section.columns.map(() => 1 / section.columns.length);
    table(pdf, section.columns, section.rows, widths, true);
    if (section.note) pdf.moveDown(0.2).fontSize(8).fillColor('#64748b').text(section.note, margin, pdf.y, { width: contentWidth });
  }

  const t = fileTranslator(doc.locale);
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    pdf.fontSize(8).fillColor('#64748b')
      .text(t('page', { page: i + 1, pages: range.count }), margin, A4.height - margin + 4, { width: contentWidth, align: 'right', lineBreak: false });
  }
  pdf.end();
  return done;
}

function ensureSpace(pdf: PDFKit.PDFDocument, height: number) {
  if (pdf.y + height > bottom) pdf.addPage();
}

function table(pdf: PDFKit.PDFDocument, columns: string[], rows: string[][], fractions: number[], header: boolean) {
  const widths = fractions.map((f) => f * contentWidth);
  const pad = 3;
  // A column whose every cell is a figure is right-aligned, its header too.
  const numericColumn = columns.map((_, i) => i > 0 && rows.length > 0 && rows.every((r) => r[i] === '' || /^[\d.%]+$/.test(r[i])));
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.fontSize(9);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (pdf.y + height > bottom) pdf.addPage();
    const y = pdf.y;
    if (bold) pdf.rect(margin, y, contentWidth, height).fill('#f1f5f9');
    let x = margin;
    cells.forEach((c, i) => {
      const right = numericColumn[i] || (!bold && i > 0 && /^[\d.%]+$/.test(c));
      pdf.fillColor(bold ? '#0f172a' : '#1e293b').text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, align: right ? 'right' : 'left' });
      x += widths[i];
    });
    pdf.moveTo(margin, y + height).lineTo(margin + contentWidth, y + height).lineWidth(0.5).strokeColor('#e2e8f0').stroke();
    pdf.x = margin;
    pdf.y = y + height;
  };
  if (header && columns.some(Boolean)) drawRow(columns, true);
  for (const row of rows) drawRow(row, false);
}
