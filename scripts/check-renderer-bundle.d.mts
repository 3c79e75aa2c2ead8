export function chunksWithAjv(dir?: string): string[];
