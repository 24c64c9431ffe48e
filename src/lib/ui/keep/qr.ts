/**
 * A QR code as one SVG path, made in the browser with the `qrcode` package (no request to any
 * other host). Each dark module is a 1×1 square in a grid of `size` modules; the caller adds the
 * quiet zone with the viewBox.
 */
import { create } from 'qrcode';

export interface QrShape {
	readonly size: number;
	readonly path: string;
}

/** The QR code of `text` (error correction M: survives a little glare on a projector screen). */
export function qrShape(text: string): QrShape {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	const parts: string[] = [];
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
		}
	}
	return { size: modules.size, path: parts.join('') };
}
