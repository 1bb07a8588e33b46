import { describe, expect, it } from 'vitest';
import { parseTabularExceptions, readCounterExceptions } from './counter-exceptions.js';

describe('readCounterExceptions (SUSHI / COUNTER API error bodies)', () => {
  it('reads a bare R5.0 exception with Severity, from text with a BOM', () => {
    const body = '\uFEFF{"Code": 1011, "Severity": "Warning", "Message": "Report Queued for Processing", "Data": "retry in 5 min", "Help_URL": "https://example.org/help"}';
    expect(readCounterExceptions(body)).toEqual([
      { code: 1011, message: 'Report Queued for Processing', severity: 'Warning', data: 'retry in 5 min', helpUrl: 'https://example.org/help' },
    ]);
  });

  it('reads an R5.1 array of exceptions (no Severity) and numeric-string codes', () => {
    expect(readCounterExceptions([{ Code: 2020, Message: 'APIKey Invalid' }, { Code: '1020', Message: 'Client has made too many requests', Data: '10/min' }])).toEqual([
      { code: 2020, message: 'APIKey Invalid', severity: null, data: null, helpUrl: null },
      { code: 1020, message: 'Client has made too many requests', severity: null, data: '10/min', helpUrl: null },
    ]);
  });

  it('reads wrappers and a report header, as bytes too', () => {
    expect(readCounterExceptions({ Exception: { Code: 3000, Message: 'Report Not Supported' } }).map((e) => e.code)).toEqual([3000]);
    expect(readCounterExceptions({ Exceptions: [{ Code: 3010, Message: 'Report Version Not Supported' }] }).map((e) => e.code)).toEqual([3010]);
    const report = JSON.stringify({ Report_Header: { Exceptions: [{ Code: 3031, Message: 'Usage Not Ready for Requested Dates', Data: '2022-12' }] }, Report_Items: [] });
    expect(readCounterExceptions(new TextEncoder().encode(report)).map((e) => [e.code, e.data])).toEqual([[3031, '2022-12']]);
  });

  it('returns [] for bodies with no exception, never throws', () => {
    expect(readCounterExceptions('<html>502 Bad Gateway</html>')).toEqual([]);
    expect(readCounterExceptions({ Report_Header: {}, Report_Items: [] })).toEqual([]);
    expect(readCounterExceptions([{ Message: 'no code' }, 42, null])).toEqual([]);
    expect(readCounterExceptions(null)).toEqual([]);
  });
});

describe('parseTabularExceptions', () => {
  it('reads code, message and data, several joined by "; ", a ";" inside data kept', () => {
    expect(parseTabularExceptions('3030: No Usage Available for Requested Dates; 3031: Usage Not Ready for Requested Dates (2022-11; 2022-12)')).toEqual({
      exceptions: [
        { code: 3030, message: 'No Usage Available for Requested Dates', severity: null, data: null, helpUrl: null },
        { code: 3031, message: 'Usage Not Ready for Requested Dates', severity: null, data: '2022-11; 2022-12', helpUrl: null },
      ],
      unreadable: [],
    });
    expect(parseTabularExceptions('something odd')).toEqual({ exceptions: [], unreadable: ['something odd'] });
  });
});
