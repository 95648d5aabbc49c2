/**
 * The blank a missing-word question shows where its answer stood. A module of its own: the set
 * checks that read it (a shared link's among them) need none of the importers' other pieces.
 */
export const BLANK = '_____';
