import { esc, R_NS, W_NS, XML_HEAD } from './xml';
import { zip, type ZipEntry } from './zip';

/**
 * The parts of a .docx around the document itself: content types, relationships, document
 * properties and settings, and the zip they all go into.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export type PackagePart = { path: string; data: string | Uint8Array; contentType?: string };
export type Relationship = { id: string; type: 'header' | 'footer' | 'image' | 'styles' | 'numbering' | 'settings'; target: string };

export const PART_TYPES = {
  header: `${CONTENT}.header+xml`,
  footer: `${CONTENT}.footer+xml`,
} as const;

function contentTypes(parts: readonly PackagePart[]): string {
  const overrides = parts
    .filter((p) => p.contentType)
    .map((p) => `<Override PartName="/${p.path}" ContentType="${p.contentType}"/>`)
    .join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    '<Default Extension="jpeg" ContentType="image/jpeg"/>' +
    `${overrides}</Types>`
  );
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${esc(r.target)}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

export type DocumentInfo = { title: string; subject: string; creator: string; description: string; created: Date };

function coreXml(info: DocumentInfo): string {
  const when = info.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(info.title)}</dc:title><dc:subject>${esc(info.subject)}</dc:subject><dc:creator>${esc(info.creator)}</dc:creator>` +
    `<dc:description>${esc(info.description)}</dc:description><cp:lastModifiedBy>Planwright</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Planwright</Application></Properties>`;

// Word fills in the contents' page numbers (and every other field) when it opens the file.
const SETTINGS_XML =
  `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:updateFields w:val="true"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

export type WordPackage = {
  document: string;
  styles: string;
  numbering: string;
  /** Headers, footers and media, with the relationships the document refers to them by. */
  parts: PackagePart[];
  relationships: Relationship[];
  info: DocumentInfo;
};

/** The whole package as the bytes of a .docx file. */
export function packageDocx(pkg: WordPackage): Buffer {
  const parts: PackagePart[] = [
    { path: 'word/document.xml', data: pkg.document, contentType: `${CONTENT}.document.main+xml` },
    { path: 'word/styles.xml', data: pkg.styles, contentType: `${CONTENT}.styles+xml` },
    { path: 'word/numbering.xml', data: pkg.numbering, contentType: `${CONTENT}.numbering+xml` },
    { path: 'word/settings.xml', data: SETTINGS_XML, contentType: `${CONTENT}.settings+xml` },
    { path: 'docProps/core.xml', data: coreXml(pkg.info), contentType: 'application/vnd.openxmlformats-package.core-properties+xml' },
    { path: 'docProps/app.xml', data: APP_XML, contentType: 'application/vnd.openxmlformats-officedocument.extended-properties+xml' },
    ...pkg.parts,
  ];
  const documentRels: Relationship[] = [
    { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
    { id: 'rIdNumbering', type: 'numbering', target: 'numbering.xml' },
    { id: 'rIdSettings', type: 'settings', target: 'settings.xml' },
    ...pkg.relationships,
  ];
  const packageRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>';
  const entries: ZipEntry[] = [
    { path: '[Content_Types].xml', data: Buffer.from(contentTypes(parts), 'utf8'), compress: true },
    { path: '_rels/.rels', data: Buffer.from(packageRels, 'utf8'), compress: true },
    { path: 'word/_rels/document.xml.rels', data: Buffer.from(relationshipsXml(documentRels), 'utf8'), compress: true },
    ...parts.map((p) =>
      typeof p.data === 'string' ? { path: p.path, data: Buffer.from(p.data, 'utf8'), compress: true } : { path: p.path, data: p.data, compress: false },
    ),
  ];
  return zip(entries);
}

/** The root element of a header or footer part, with the namespaces its content uses. */
export function storyXml(tag: 'hdr' | 'ftr', content: string): string {
  return `${XML_HEAD}<w:${tag} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:${tag}>`;
}
