/** Folder holding the content collections; relative paths resolve from the project root. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

/** The site settings file, relative to the content folder. */
export const SETTINGS_FILE = 'settings/site.yml';
