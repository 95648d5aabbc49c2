/** Dropping a file on an element: the mouse's way in; the file input stays the keyboard's. */
import type { Attachment } from 'svelte/attachments';

/** Whether a drag carries files (not a piece of text or a link from the page). */
export function carriesFiles(event: DragEvent): boolean {
	return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Makes the element take a dropped file, and sets `data-over` on it while a file is held above
 * it so it can show where to let go.
 */
export function dropZone(onfile: (file: File) => void): Attachment<HTMLElement> {
	return (node) => {
		const leave = () => delete node.dataset.over;
		const dragover = (event: DragEvent) => {
			if (!carriesFiles(event)) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
			node.dataset.over = '';
		};
		const dragleave = (event: DragEvent) => {
			// moving onto a child of the zone is not leaving it
			if (!(event.relatedTarget instanceof Node && node.contains(event.relatedTarget))) leave();
		};
		const drop = (event: DragEvent) => {
			if (!carriesFiles(event)) return;
			event.preventDefault();
			leave();
			const file = event.dataTransfer?.files[0];
			if (file) onfile(file);
		};
		node.addEventListener('dragover', dragover);
		node.addEventListener('dragleave', dragleave);
		node.addEventListener('drop', drop);
		return () => {
			node.removeEventListener('dragover', dragover);
			node.removeEventListener('dragleave', dragleave);
			node.removeEventListener('drop', drop);
		};
	};
}
