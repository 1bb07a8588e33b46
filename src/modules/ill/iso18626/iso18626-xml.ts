/**
 * A small namespace-aware XML tree for ISO 18626 messages: parsed with saxes (strict: anything not
 * well-formed is refused), written back by `serialize`. Messages are small (the HTTP layer caps the
 * body at 1 MB), so a tree is simpler than streaming. A DOCTYPE is refused outright: ISO 18626
 * messages never carry one, and refusing it shuts out entity expansion (billion laughs) and any
 * external entity before the document reaches libxml2.
 */
import { SaxesParser } from 'saxes';

export const ISO18626_NS = 'http://illtransactions.org/2013/iso18626';

export interface XmlElement {
  /** local name */
  name: string;
  /** namespace URI ('' for none) */
  ns: string;
  /** attributes by local name (namespace-qualified ones too: ISO 18626 qualifies `version` and `scheme`) */
  attributes: Map<string, { ns: string; value: string }>;
  children: XmlElement[];
  /** the element's own character data (text and CDATA), concatenated */
  text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; reason: string; /** the elements opened before the fault: the root and its first children */ partial: XmlElement | null };

export function parseXml(text: string): XmlParse {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('doctype', () => {
    throw new Error('a DOCTYPE is not allowed in an ISO 18626 message');
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, { ns: string; value: string }>();
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue; // declarations, not data
      attributes.set(attr.local, { ns: attr.uri, value: attr.value });
    }
    const element: XmlElement = { name: tag.local, ns: tag.uri, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (data: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += data;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (err) {
    return { ok: false, reason: (err as Error).message, partial: root };
  }
  if (!root) return { ok: false, reason: 'no root element', partial: null };
  return { ok: true, root };
}

/** The first child element with this local name, or undefined. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** The trimmed text of a child element; undefined when it is absent or empty. */
export function textOf(element: XmlElement | undefined, name: string): string | undefined {
  const value = child(element, name)?.text.trim();
  return value ? value : undefined;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

/**
 * Writes a tree whose elements are all in the ISO 18626 namespace (the default namespace) or in none;
 * namespace-qualified attributes of that namespace get the `ill:` prefix. Anything else (elements or
 * attributes of other namespaces) is written with a generated prefix, so validation still sees it.
 */
export function serialize(root: XmlElement): string {
  const extra = new Map<string, string>(); // foreign namespace URI -> prefix
  const prefixOf = (ns: string) => {
    if (ns === ISO18626_NS) return 'ill';
    let p = extra.get(ns);
    if (!p) extra.set(ns, (p = `ns${extra.size + 1}`));
    return p;
  };
  const write = (el: XmlElement, top: boolean): string => {
    const name = el.ns === ISO18626_NS || el.ns === '' ? el.name : `${prefixOf(el.ns)}:${el.name}`;
    let attrs = '';
    for (const [local, { ns, value }] of el.attributes) attrs += ` ${ns ? `${prefixOf(ns)}:` : ''}${local}="${escapeAttr(value)}"`;
    const inner = el.children.length > 0 ? el.children.map((c) => write(c, false)).join('') : escapeText(el.text);
    const body = `${attrs}>${inner}</${name}>`;
    if (!top) return `<${name}${body}`;
    const declarations = [el.ns === ISO18626_NS ? ` xmlns="${ISO18626_NS}"` : '', ` xmlns:ill="${ISO18626_NS}"`, ...[...extra].map(([ns, p]) => ` xmlns:${p}="${escapeAttr(ns)}"`)].join('');
    return `<${name}${declarations}${body}`;
  };
  const xml = write(root, true); // collects the foreign prefixes first
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** An element in the ISO 18626 namespace, for building answers. */
export function el(name: string, content: string | XmlElement[] = '', attributes: Record<string, string> = {}): XmlElement {
  const attrs = new Map(Object.entries(attributes).map(([k, v]) => [k, { ns: ISO18626_NS, value: v }]));
  return typeof content === 'string'
    ? { name, ns: ISO18626_NS, attributes: attrs, children: [], text: content }
    : { name, ns: ISO18626_NS, attributes: attrs, children: content, text: '' };
}
