/** Build errors that name where the problem is: file, record id and field. */

export interface DataError {
  /** Path relative to the repository root ("seeds/services/national/vo-linjen.json"). */
  file: string;
  /** Record id, or "#3" (position in the file) when the record has no usable id, or "-" for the file itself. */
  record: string;
  /** Dotted path of the field ("phones[0].number"), or "-" for the whole record. */
  field: string;
  message: string;
}

/** One line per error: `file › record › field: message`. */
export function formatError(e: DataError): string {
  return `${e.file} › ${e.record} › ${e.field}: ${e.message}`;
}

/** Collects errors for one record so checks read as one line each. */
export class ErrorSink {
  readonly errors: DataError[] = [];
  constructor(readonly file: string, public record: string) {}
  add(field: string, message: string): void {
    this.errors.push({ file: this.file, record: this.record, field, message });
  }
}
