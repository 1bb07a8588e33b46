/**
 * Demo deals: a Chinese full-text journal database (CNKI-like) and an international e-journal
 * package, with title lists (KBART), periods, licence terms, cost shares and member IP ranges, so
 * the README's examples answer on `npm start`. Pure data; `seedDemoDeals` writes it.
 * IP ranges are documentation ranges (RFC 5737 / RFC 3849), never real campus networks.
 */
import { KBART_COLUMNS } from '../../importers/kbart/index.js';
import type { CostShareMethod } from '../../lib/cost-share.js';

export interface DemoTitle {
  title: string;
  print: string;
  online: string;
  start: string;
  end?: string;
  startVolume?: string;
  embargo?: string;
  publisher: string;
  url: string;
}

export interface DemoDeal {
  resource: { name: string; vendor: string; platform: string; contentType: 'JOURNALS'; url: string };
  titles: DemoTitle[];
  agreement: { name: string; vendor: string; status: 'ACTIVE'; description: string };
  periods: { startDate: string; endDate: string; cancellationDeadline: string; amount: string; currency: string; method: CostShareMethod }[];
  terms: { term: string; value: string; note?: string }[];
  members: { code: string; accessMethods: string[] }[];
}

export const DEMO_IP_RANGES: Record<string, string[]> = {
  'CN-110000-PKU': ['192.0.2.0/25', '2001:db8:1::/48'],
  'CN-110000-THU': ['192.0.2.128/25'],
  'CN-310000-FDU': ['198.51.100.0/24'],
  'CN-310000-SJTU': ['203.0.113.0/25'],
  'CN-330000-ZJU': ['203.0.113.128/26'],
  'CN-320000-NJU': ['203.0.113.192/26'],
  'CN-110000-NSLC': ['2001:db8:10::/48'],
};

const YEARS = ['2025', '2026', '2027'];

export const DEMO_DEALS: DemoDeal[] = [
  {
    resource: { name: '中国学术期刊全文数据库 (CNKI CAJD)', vendor: '同方知网', platform: 'CNKI', contentType: 'JOURNALS', url: 'https://www.cnki.net/' },
    titles: [
      { title: '中国社会科学', print: '1002-4921', online: '', start: '1994-01-01', startVolume: '1', publisher: '中国社会科学杂志社', url: 'https://kns.cnki.net/knavi/journals/ZSHK' },
      { title: '计算机学报', print: '0254-4164', online: '', start: '1994-01-01', startVolume: '17', publisher: '中国计算机学会', url: 'https://kns.cnki.net/knavi/journals/JSJX' },
      { title: '中国图书馆学报', print: '1001-8867', online: '', start: '1994-01-01', embargo: 'P6M', publisher: '国家图书馆', url: 'https://kns.cnki.net/knavi/journals/ZGTS' },
      { title: '物理学报', print: '1000-3290', online: '', start: '1994-01-01', startVolume: '43', publisher: '中国物理学会', url: 'https://kns.cnki.net/knavi/journals/WLXB' },
    ],
    agreement: { name: 'CNKI 中国学术期刊 集团采购 2025–2027', vendor: '同方知网', status: 'ACTIVE', description: 'Three-year consortium deal, split by FTE.' },
    periods: YEARS.map((y) => ({ startDate: `${y}-01-01`, endDate: `${y}-12-31`, cancellationDeadline: `${y}-10-31`, amount: '1200000.00', currency: 'CNY', method: 'BY_FTE' as const })),
    terms: [
      { term: 'AUTHORISED_USERS', value: 'PERMITTED', note: 'Current students, faculty and staff of the member.' },
      { term: 'WALK_IN_ACCESS', value: 'PERMITTED' },
      { term: 'REMOTE_ACCESS', value: 'PERMITTED_WITH_CONDITIONS', note: 'Through the member\'s proxy or CARSI only.' },
      { term: 'ILL_PRINT', value: 'PERMITTED' },
      { term: 'ILL_ELECTRONIC', value: 'PROHIBITED' },
      { term: 'ILL_SECURE_ELECTRONIC', value: 'PERMITTED_WITH_CONDITIONS', note: 'Within the consortium only.' },
      { term: 'TEXT_AND_DATA_MINING', value: 'PROHIBITED' },
      { term: 'PERPETUAL_ACCESS', value: 'UNMENTIONED' },
    ],
    members: ['CN-110000-PKU', 'CN-110000-THU', 'CN-310000-FDU', 'CN-310000-SJTU', 'CN-330000-ZJU', 'CN-320000-NJU'].map((code) => ({ code, accessMethods: ['IP', 'PROXY'] })),
  },
  {
    resource: { name: 'International Core Science Journals (demo package)', vendor: 'Demo Aggregator Ltd', platform: 'DemoScience', contentType: 'JOURNALS', url: 'https://journals.example.org/' },
    titles: [
      { title: 'Nature', print: '0028-0836', online: '1476-4687', start: '1997-01-01', startVolume: '385', publisher: 'Nature Portfolio', url: 'https://journals.example.org/nature' },
      { title: 'Science', print: '0036-8075', online: '1095-9203', start: '1997-01-01', embargo: 'P1Y', publisher: 'AAAS', url: 'https://journals.example.org/science' },
      { title: 'Cell', print: '0092-8674', online: '1097-4172', start: '1995-01-01', end: '2019-12-31', publisher: 'Cell Press', url: 'https://journals.example.org/cell' },
      { title: 'The Lancet', print: '0140-6736', online: '1474-547X', start: '1995-01-01', publisher: 'Elsevier', url: 'https://journals.example.org/lancet' },
      { title: 'Proceedings of the National Academy of Sciences', print: '0027-8424', online: '1091-6490', start: '1997-01-01', publisher: 'National Academy of Sciences', url: 'https://journals.example.org/pnas' },
    ],
    agreement: { name: 'International e-journal package 2026', vendor: 'Demo Aggregator Ltd', status: 'ACTIVE', description: 'One-year deal, split equally.' },
    periods: [{ startDate: '2026-01-01', endDate: '2026-12-31', cancellationDeadline: '2026-09-30', amount: '450000.00', currency: 'USD', method: 'EQUAL' }],
    terms: [
      { term: 'AUTHORISED_USERS', value: 'PERMITTED' },
      { term: 'REMOTE_ACCESS', value: 'PERMITTED' },
      { term: 'ILL_SECURE_ELECTRONIC', value: 'PERMITTED' },
      { term: 'COURSE_PACK_ELECTRONIC', value: 'PERMITTED_WITH_CONDITIONS', note: 'Link, do not copy.' },
      { term: 'TEXT_AND_DATA_MINING', value: 'PERMITTED_WITH_CONDITIONS', note: 'Non-commercial research, through the vendor API.' },
      { term: 'PERPETUAL_ACCESS', value: 'PERMITTED', note: 'To the subscribed years.' },
      { term: 'CONCURRENT_USERS', value: 'NOT_APPLICABLE' },
    ],
    members: ['CN-110000-PKU', 'CN-110000-THU', 'CN-310000-FDU', 'CN-110000-NSLC'].map((code) => ({ code, accessMethods: ['IP', 'SSO'] })),
  },
];

/** A deal's title list as a KBART phase II file (what a vendor would send). */
export function demoKbart(titles: DemoTitle[]): string {
  const row = (t: DemoTitle): Record<string, string> => ({
    publication_title: t.title, print_identifier: t.print, online_identifier: t.online, date_first_issue_online: t.start, num_first_vol_online: t.startVolume ?? '',
    date_last_issue_online: t.end ?? '', title_url: t.url, embargo_info: t.embargo ?? '', coverage_depth: 'fulltext', publisher_name: t.publisher, publication_type: 'serial', access_type: 'P',
  });
  return [KBART_COLUMNS.join('\t'), ...titles.map((t) => KBART_COLUMNS.map((c) => row(t)[c] ?? '').join('\t'))].join('\n') + '\n';
}
