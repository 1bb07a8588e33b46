/** "20 MB (20,971,520 bytes)": a size limit as the README and error messages give it (1 MB = 1,048,576 bytes). */
export const sizeText = (bytes: number): string => `${+(bytes / 1024 / 1024).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
