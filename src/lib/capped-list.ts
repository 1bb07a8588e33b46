/**
 * Messages kept up to a cap, then one line saying how many more there were: what a reader or a
 * decoder says about one record stays readable however damaged the record is.
 */
export class CappedList {
  readonly list: string[] = [];
  private dropped = 0;

  constructor(
    private readonly cap: number,
    /** what the messages are, for the closing line: "… and 3 more warnings" */
    private readonly noun: string,
  ) {}

  add(message: string): void {
    if (this.list.length < this.cap) this.list.push(message);
    else this.dropped++;
  }

  finish(): string[] {
    if (this.dropped > 0) this.list.push(`… and ${this.dropped} more ${this.noun}`);
    return this.list;
  }
}
