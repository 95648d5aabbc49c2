/**
 * Images, sounds and other files in a GIFT text (Moodle's `<img>`, `<audio>`, `@@PLUGINFILE@@/…`
 * links, Markdown `![alt](url)`): Kasoti shows text only, so each is taken out and named.
 */

/** What kind of file a text pointed to. */
export type MediaKind = 'image' | 'audio' | 'file';

/** One file a text pointed to, by its kind and file name. */
export type Media = { what: MediaKind; name: string };

const AUDIO = new Set(['mp3', 'wav', 'ogg', 'oga', 'm4a', 'aac', 'flac', 'opus', 'weba']);
const IMAGE = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'avif', 'tif', 'tiff']);

/** The kind of file a name is, by its extension; undefined when it is no file Kasoti can tell. */
function kindOfName(name: string): MediaKind | undefined {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (extension === undefined) return undefined;
	return AUDIO.has(extension) ? 'audio' : IMAGE.has(extension) ? 'image' : undefined;
}

/** The file name a link points to: its last path part, decoded; a `data:` URL by its type. */
export function fileName(url: string): string {
	const trimmed = url.trim();
	// a picture pasted into Moodle's editor has no name, only its type: data:image/png;base64,…
	if (/^data:/i.test(trimmed)) return trimmed.split(/[;,]/)[0]!.slice(0, 60);
	const path = trimmed.replace(/[?#].*$/s, '').replace(/\/+$/, '');
	const last = path.slice(path.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(last).slice(0, 200);
	} catch {
		return last.slice(0, 200);
	}
}

/** An attribute's value in one HTML tag (`src="x"`, `src='x'`, `src=x`), undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Where each `<audio>` or `<video>` element starts and ends, found in one pass (never quadratic). */
function mediaElements(text: string): { start: number; end: number; tag: 'audio' | 'video' }[] {
	const lower = text.toLowerCase();
	const found: { start: number; end: number; tag: 'audio' | 'video' }[] = [];
	const closed = { audio: true, video: true };
	const pattern = /<(audio|video)[\s>/]/g;
	for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
		const tag = match[1] as 'audio' | 'video';
		const open = lower.indexOf('>', match.index);
		if (open === -1) break;
		// once no closing tag is left, none will be: later elements end at their own '>'
		const close = closed[tag] ? lower.indexOf(`</${tag}`, open) : -1;
		if (close === -1) closed[tag] = false;
		const closeEnd = close === -1 ? -1 : lower.indexOf('>', close);
		const end = closeEnd === -1 ? open + 1 : closeEnd + 1;
		found.push({ start: match.index, end, tag });
		pattern.lastIndex = end;
	}
	return found;
}

const IMG = /<img\b[^<>]*>?/gi;
const SOURCE = /<(?:source|track)\b[^<>]*>?/gi;
const LINK = /<a\b[^<>]*>?/gi;
const PLUGINFILE = /@@PLUGINFILE@@\/[^\s"'<>()]*/g;
// bounded, so a line of `![![![` is read once, not once per bracket
const MARKDOWN_IMAGE = /!\[([^\]\n]{0,500})\]\(\s*([^()\s]{0,2000})(?:\s+"[^"\n]{0,500}")?\s*\)/g;

/**
 * The text without its images, sounds and files, each named in `found`. Links to an image or a
 * sound keep their words (HTML drops the link itself) and are named too.
 */
export function takeMedia(text: string, found: Media[]): string {
	if (!/<|!\[|@@PLUGINFILE@@/.test(text)) return text;
	const note = (what: MediaKind, url: string | undefined, fallback: string) => {
		const name = url ? fileName(url) : '';
		found.push({ what, name: name || fallback });
	};
	let out = '';
	let from = 0;
	for (const element of mediaElements(text)) {
		const html = text.slice(element.start, element.end);
		const what = element.tag === 'audio' ? 'audio' : 'file';
		const sources = [attribute(html.slice(0, html.indexOf('>') + 1), 'src'), ...[...html.matchAll(SOURCE)].map((s) => attribute(s[0], 'src'))];
		const urls = sources.filter((url): url is string => url !== undefined && url !== '');
		if (urls.length === 0) note(what, undefined, element.tag);
		for (const url of [...new Set(urls)]) note(what, url, element.tag);
		out += text.slice(from, element.start);
		from = element.end;
	}
	out += text.slice(from);
	out = out.replace(IMG, (tag) => {
		note('image', attribute(tag, 'src'), attribute(tag, 'alt') ?? 'img');
		return '';
	});
	out = out.replace(MARKDOWN_IMAGE, (_, alt: string, url: string) => {
		note('image', url, alt);
		return '';
	});
	for (const [tag] of out.matchAll(LINK)) {
		const href = attribute(tag, 'href');
		// a Moodle file is named once, below, with the other @@PLUGINFILE@@ links
		if (href === undefined || href.includes('@@PLUGINFILE@@')) continue;
		const what = kindOfName(fileName(href));
		if (what) note(what, href, href);
	}
	return out.replace(PLUGINFILE, (url) => {
		note(kindOfName(fileName(url)) ?? 'file', url, url);
		return '';
	});
}
