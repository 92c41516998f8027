/** A form answer as text: what the person typed, trimmed; '' for a missing field (or a file, which no form here has). */
export function formText(data: FormData, key: string): string {
  const value = data.get(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** Every ticked value of a group of checkboxes. */
export const formList = (data: FormData, key: string): string[] => data.getAll(key).filter((v): v is string => typeof v === 'string');
