/**
 * Vocabulary for the deterministic demo data set (see ./demo-data.ts). Pure data, no logic.
 *
 * ISBN registrants are written with their group ('7-302' = 清华大学出版社); they are the real
 * registrant prefixes of those publishers as far as we know, but every ISBN built from them is
 * synthetic (random article number + computed check digit). ISSNs of named journals are the real
 * ones; demo-data.ts recomputes every check digit from the first seven digits anyway.
 */
import type { DemoMemberType } from './demo-data.js';

export interface MemberDef {
  code: string; name: string; nameEn: string; type: DemoMemberType; region: string;
  fte: number | null; lat: number; lon: number; lends: boolean; parent: string | null;
  inactive?: boolean;
  /** first letters of CLC classes the collection concentrates on (branches, institutes, special libraries) */
  focus?: string;
}

const ROOT = 'CN-CULSC';
const N = 'CN-110000-NCRC', E = 'CN-310000-ECRC', C = 'CN-420000-CCRC', S = 'CN-440000-SCRC', W = 'CN-510000-WCRC';
const U = 'UNIVERSITY' as const;

/** Ordered so that every parent precedes its children. */
export const MEMBER_DEFS: readonly MemberDef[] = [
  { code: ROOT, name: '中国高校图书馆文献共享联盟', nameEn: 'China University Library Sharing Consortium', type: 'CONSORTIUM', region: 'Beijing', fte: null, lat: 39.9042, lon: 116.4074, lends: false, parent: null },
  { code: N, name: '文献共享联盟华北地区中心', nameEn: 'North China Regional Centre', type: 'CENTRE', region: 'Beijing', fte: null, lat: 39.9920, lon: 116.3055, lends: true, parent: ROOT },
  { code: E, name: '文献共享联盟华东地区中心', nameEn: 'East China Regional Centre', type: 'CENTRE', region: 'Shanghai', fte: null, lat: 31.2990, lon: 121.5010, lends: true, parent: ROOT },
  { code: C, name: '文献共享联盟华中地区中心', nameEn: 'Central China Regional Centre', type: 'CENTRE', region: 'Hubei', fte: null, lat: 30.5380, lon: 114.3650, lends: true, parent: ROOT },
  { code: S, name: '文献共享联盟华南地区中心', nameEn: 'South China Regional Centre', type: 'CENTRE', region: 'Guangdong', fte: null, lat: 23.0960, lon: 113.2980, lends: true, parent: ROOT },
  { code: W, name: '文献共享联盟西部地区中心', nameEn: 'Western China Regional Centre', type: 'CENTRE', region: 'Sichuan', fte: null, lat: 30.6300, lon: 104.0830, lends: true, parent: ROOT },
  // North
  { code: 'CN-110000-PKU', name: '北京大学图书馆', nameEn: 'Peking University Library', type: U, region: 'Beijing', fte: 46000, lat: 39.9920, lon: 116.3055, lends: true, parent: N },
  { code: 'CN-110000-THU', name: '清华大学图书馆', nameEn: 'Tsinghua University Library', type: U, region: 'Beijing', fte: 50000, lat: 40.0030, lon: 116.3260, lends: true, parent: N },
  { code: 'CN-110000-RUC', name: '中国人民大学图书馆', nameEn: 'Renmin University of China Library', type: U, region: 'Beijing', fte: 26000, lat: 39.9700, lon: 116.3160, lends: true, parent: N },
  { code: 'CN-110000-BNU', name: '北京师范大学图书馆', nameEn: 'Beijing Normal University Library', type: U, region: 'Beijing', fte: 30000, lat: 39.9614, lon: 116.3660, lends: true, parent: N },
  { code: 'CN-110000-BUAA', name: '北京航空航天大学图书馆', nameEn: 'Beihang University Library', type: U, region: 'Beijing', fte: 38000, lat: 39.9810, lon: 116.3468, lends: true, parent: N, focus: 'TVO' },
  { code: 'CN-120000-NKU', name: '南开大学图书馆', nameEn: 'Nankai University Library', type: U, region: 'Tianjin', fte: 32000, lat: 39.1040, lon: 117.1690, lends: true, parent: N },
  { code: 'CN-110000-CLC', name: '首都图书馆', nameEn: 'Capital Library of China', type: 'PUBLIC', region: 'Beijing', fte: null, lat: 39.8680, lon: 116.4600, lends: true, parent: N },
  { code: 'CN-110000-NSLC', name: '中国科学院文献情报中心', nameEn: 'National Science Library, Chinese Academy of Sciences', type: 'RESEARCH', region: 'Beijing', fte: 9000, lat: 39.9870, lon: 116.3220, lends: true, parent: N, focus: 'NOPQTXG' },
  { code: 'CN-110000-CASS', name: '中国社会科学院图书馆', nameEn: 'Library of the Chinese Academy of Social Sciences', type: 'RESEARCH', region: 'Beijing', fte: 3000, lat: 39.9070, lon: 116.4260, lends: false, parent: N, focus: 'ABCDFKI' },
  { code: 'CN-110000-DPM', name: '故宫博物院图书馆', nameEn: 'Palace Museum Library', type: 'SPECIAL', region: 'Beijing', fte: null, lat: 39.9163, lon: 116.3972, lends: false, parent: N, focus: 'KIBJ' },
  // East
  { code: 'CN-310000-FDU', name: '复旦大学图书馆', nameEn: 'Fudan University Library', type: U, region: 'Shanghai', fte: 36000, lat: 31.2990, lon: 121.5010, lends: true, parent: E },
  { code: 'CN-310000-SJTU', name: '上海交通大学图书馆', nameEn: 'Shanghai Jiao Tong University Library', type: U, region: 'Shanghai', fte: 45000, lat: 31.0250, lon: 121.4330, lends: true, parent: E },
  { code: 'CN-310000-TONGJI', name: '同济大学图书馆', nameEn: 'Tongji University Library', type: U, region: 'Shanghai', fte: 40000, lat: 31.2840, lon: 121.5000, lends: true, parent: E },
  { code: 'CN-310000-ECNU', name: '华东师范大学图书馆', nameEn: 'East China Normal University Library', type: U, region: 'Shanghai', fte: 32000, lat: 31.0290, lon: 121.4450, lends: true, parent: E },
  { code: 'CN-310000-SHL', name: '上海图书馆', nameEn: 'Shanghai Library', type: 'PUBLIC', region: 'Shanghai', fte: null, lat: 31.2060, lon: 121.4440, lends: true, parent: E },
  { code: 'CN-320000-NJU', name: '南京大学图书馆', nameEn: 'Nanjing University Library', type: U, region: 'Jiangsu', fte: 34000, lat: 32.1150, lon: 118.9570, lends: true, parent: E },
  { code: 'CN-330000-ZJU', name: '浙江大学图书馆', nameEn: 'Zhejiang University Library', type: U, region: 'Zhejiang', fte: 60000, lat: 30.3080, lon: 120.0860, lends: true, parent: E },
  { code: 'CN-310000-SIOC', name: '中国科学院上海有机化学研究所图书馆', nameEn: 'Library of the Shanghai Institute of Organic Chemistry, CAS', type: 'RESEARCH', region: 'Shanghai', fte: 800, lat: 31.1950, lon: 121.4370, lends: true, parent: E, focus: 'OQ' },
  // Central
  { code: 'CN-420000-WHU', name: '武汉大学图书馆', nameEn: 'Wuhan University Library', type: U, region: 'Hubei', fte: 52000, lat: 30.5380, lon: 114.3650, lends: true, parent: C },
  { code: 'CN-420000-HUST', name: '华中科技大学图书馆', nameEn: 'Huazhong University of Science and Technology Library', type: U, region: 'Hubei', fte: 56000, lat: 30.5130, lon: 114.4130, lends: true, parent: C },
  { code: 'CN-420000-HBPL', name: '湖北省图书馆', nameEn: 'Hubei Provincial Library', type: 'PUBLIC', region: 'Hubei', fte: null, lat: 30.5560, lon: 114.3370, lends: false, parent: C },
  { code: 'CN-430000-CSU', name: '中南大学图书馆', nameEn: 'Central South University Library', type: U, region: 'Hunan', fte: 55000, lat: 28.1730, lon: 112.9300, lends: true, parent: C },
  { code: 'CN-430000-HNU', name: '湖南大学图书馆', nameEn: 'Hunan University Library', type: U, region: 'Hunan', fte: 35000, lat: 28.1820, lon: 112.9420, lends: true, parent: C, inactive: true },
  // South
  { code: 'CN-440000-SYSU', name: '中山大学图书馆', nameEn: 'Sun Yat-sen University Library', type: U, region: 'Guangdong', fte: 58000, lat: 23.0960, lon: 113.2980, lends: true, parent: S },
  { code: 'CN-440000-SCUT', name: '华南理工大学图书馆', nameEn: 'South China University of Technology Library', type: U, region: 'Guangdong', fte: 45000, lat: 23.1540, lon: 113.3430, lends: true, parent: S },
  { code: 'CN-440000-JNU', name: '暨南大学图书馆', nameEn: 'Jinan University Library', type: U, region: 'Guangdong', fte: 40000, lat: 23.1300, lon: 113.3470, lends: true, parent: S },
  { code: 'CN-440000-SZU', name: '深圳大学图书馆', nameEn: 'Shenzhen University Library', type: U, region: 'Guangdong', fte: 38000, lat: 22.5330, lon: 113.9300, lends: true, parent: S },
  { code: 'CN-440000-ZSL', name: '广东省立中山图书馆', nameEn: 'Sun Yat-sen Library of Guangdong Province', type: 'PUBLIC', region: 'Guangdong', fte: null, lat: 23.1290, lon: 113.2780, lends: true, parent: S },
  { code: 'CN-350000-XMU', name: '厦门大学图书馆', nameEn: 'Xiamen University Library', type: U, region: 'Fujian', fte: 40000, lat: 24.4370, lon: 118.0960, lends: true, parent: S },
  { code: 'CN-440000-GDSTL', name: '广东省科技图书馆', nameEn: 'Guangdong Science and Technology Library', type: 'SPECIAL', region: 'Guangdong', fte: null, lat: 23.1250, lon: 113.2920, lends: true, parent: S, focus: 'TNOQRX' },
  // West
  { code: 'CN-510000-SCU', name: '四川大学图书馆', nameEn: 'Sichuan University Library', type: U, region: 'Sichuan', fte: 65000, lat: 30.6300, lon: 104.0830, lends: true, parent: W },
  { code: 'CN-610000-XJTU', name: '西安交通大学图书馆', nameEn: "Xi'an Jiaotong University Library", type: U, region: 'Shaanxi', fte: 40000, lat: 34.2460, lon: 108.9830, lends: true, parent: W },
  { code: 'CN-500000-CQU', name: '重庆大学图书馆', nameEn: 'Chongqing University Library', type: U, region: 'Chongqing', fte: 48000, lat: 29.5920, lon: 106.2990, lends: true, parent: W },
  { code: 'CN-510000-CLAS', name: '中国科学院成都文献情报中心', nameEn: 'Chengdu Library and Information Center, CAS', type: 'RESEARCH', region: 'Sichuan', fte: 200, lat: 30.6450, lon: 104.0420, lends: false, parent: W, inactive: true, focus: 'NOTX' },
  // Branches
  { code: 'CN-110000-PKUHS', name: '北京大学医学图书馆', nameEn: 'Peking University Health Science Library', type: 'BRANCH', region: 'Beijing', fte: 12000, lat: 39.9800, lon: 116.3540, lends: true, parent: 'CN-110000-PKU', focus: 'RQ' },
  { code: 'CN-110000-THULAW', name: '清华大学法律图书馆', nameEn: 'Tsinghua University Law Library', type: 'BRANCH', region: 'Beijing', fte: 2000, lat: 40.0010, lon: 116.3190, lends: true, parent: 'CN-110000-THU', focus: 'D' },
  { code: 'CN-310000-FDUMD', name: '复旦大学医学图书馆', nameEn: 'Fudan University Medical Library', type: 'BRANCH', region: 'Shanghai', fte: 10000, lat: 31.2010, lon: 121.4530, lends: true, parent: 'CN-310000-FDU', focus: 'RQ' },
  { code: 'CN-310000-SJTUMD', name: '上海交通大学医学院图书馆', nameEn: 'Shanghai Jiao Tong University School of Medicine Library', type: 'BRANCH', region: 'Shanghai', fte: 9000, lat: 31.2100, lon: 121.4700, lends: true, parent: 'CN-310000-SJTU', focus: 'RQ' },
  { code: 'CN-330000-ZJUZJ', name: '浙江大学之江分馆', nameEn: 'Zhejiang University Zhijiang Campus Library', type: 'BRANCH', region: 'Zhejiang', fte: 1500, lat: 30.1960, lon: 120.1270, lends: true, parent: 'CN-330000-ZJU', focus: 'DI' },
  { code: 'CN-420000-WHUMED', name: '武汉大学医学分馆', nameEn: 'Wuhan University Medical Library', type: 'BRANCH', region: 'Hubei', fte: 8000, lat: 30.5520, lon: 114.3560, lends: true, parent: 'CN-420000-WHU', focus: 'RQ' },
  { code: 'CN-440000-SYSUMD', name: '中山大学医学图书馆', nameEn: 'Sun Yat-sen University Medical Library', type: 'BRANCH', region: 'Guangdong', fte: 9000, lat: 23.1340, lon: 113.2870, lends: true, parent: 'CN-440000-SYSU', focus: 'RQ' },
  { code: 'CN-510000-SCUWC', name: '四川大学华西医学图书馆', nameEn: 'West China Medical Library, Sichuan University', type: 'BRANCH', region: 'Sichuan', fte: 12000, lat: 30.6420, lon: 104.0640, lends: true, parent: 'CN-510000-SCU', focus: 'RQ' },
];

/** [name, place, registrants (group-registrant)] */
export type Publisher = readonly [name: string, place: string, registrants: readonly string[]];

export const CN_PUBLISHERS: Readonly<Record<string, Publisher>> = {
  rm: ['人民出版社', '北京', ['7-01']], rmwx: ['人民文学出版社', '北京', ['7-02']],
  kx: ['科学出版社', '北京', ['7-03']], gj: ['高等教育出版社', '北京', ['7-04']],
  swyb: ['商务印书馆', '北京', ['7-100']], zhsj: ['中华书局', '北京', ['7-101']],
  sl: ['生活·读书·新知三联书店', '北京', ['7-108']], jxgy: ['机械工业出版社', '北京', ['7-111']],
  rmyd: ['人民邮电出版社', '北京', ['7-115']], rmws: ['人民卫生出版社', '北京', ['7-117']],
  dzgy: ['电子工业出版社', '北京', ['7-121']], hxgy: ['化学工业出版社', '北京', ['7-122']],
  shrm: ['上海人民出版社', '上海', ['7-208']], rd: ['中国人民大学出版社', '北京', ['7-300']],
  bd: ['北京大学出版社', '北京', ['7-301']], qh: ['清华大学出版社', '北京', ['7-302']],
  bsd: ['北京师范大学出版社', '北京', ['7-303']], nd: ['南京大学出版社', '南京', ['7-305']],
  zd: ['中山大学出版社', '广州', ['7-306']], wd: ['武汉大学出版社', '武汉', ['7-307']],
  zjd: ['浙江大学出版社', '杭州', ['7-308']], fd: ['复旦大学出版社', '上海', ['7-309']],
  sjd: ['上海交通大学出版社', '上海', ['7-313']], hsd: ['华东师范大学出版社', '上海', ['7-5617', '7-5760']],
  ssk: ['中国社会科学出版社', '北京', ['7-5004', '7-5161', '7-5203']],
  skwx: ['社会科学文献出版社', '北京', ['7-5097', '7-5201', '7-5228']],
  fl: ['法律出版社', '北京', ['7-5036', '7-5118', '7-5197']], gt: ['国家图书馆出版社', '北京', ['7-5013']],
  wy: ['外语教学与研究出版社', '北京', ['7-5600', '7-5135', '7-5213']], sw: ['上海外语教育出版社', '上海', ['7-5446']],
  shgj: ['上海古籍出版社', '上海', ['7-5325']], shyw: ['上海译文出版社', '上海', ['7-5327']],
  yl: ['译林出版社', '南京', ['7-5447']], zj: ['作家出版社', '北京', ['7-5063', '7-5212']],
  zx: ['中信出版社', '北京', ['7-5086', '7-5217']], nh: ['南海出版公司', '海口', ['7-5442']],
};

export const EN_PUBLISHERS: Readonly<Record<string, Publisher>> = {
  oup: ['Oxford University Press', 'Oxford', ['0-19']],
  cup: ['Cambridge University Press', 'Cambridge', ['0-521', '1-107', '1-108', '1-009']],
  springer: ['Springer', 'Cham', ['3-319', '3-030', '3-031']],
  springerB: ['Springer', 'Berlin', ['3-540', '3-642']],
  mit: ['The MIT Press', 'Cambridge, MA', ['0-262']], pup: ['Princeton University Press', 'Princeton', ['0-691']],
  hup: ['Harvard University Press', 'Cambridge, MA', ['0-674']], ucp: ['University of Chicago Press', 'Chicago', ['0-226']],
  yup: ['Yale University Press', 'New Haven', ['0-300']], stanford: ['Stanford University Press', 'Stanford', ['0-8047', '1-5036']],
  columbia: ['Columbia University Press', 'New York', ['0-231']], ucal: ['University of California Press', 'Berkeley', ['0-520']],
  routledge: ['Routledge', 'London', ['0-415', '1-138', '0-367']], wiley: ['Wiley', 'Hoboken', ['0-471', '1-118', '1-119']],
  elsevier: ['Academic Press', 'London', ['0-12']], pearson: ['Pearson', 'Boston', ['0-13', '0-321']],
  oreilly: ["O'Reilly Media", 'Sebastopol', ['1-4919', '1-4920', '1-098']], penguin: ['Penguin Books', 'London', ['0-14']],
  norton: ['W. W. Norton', 'New York', ['0-393']],
};

/** [title, CLC, templates overriding the domain's] — '{t}' is replaced by the title */
export type CnTopic = readonly [title: string, clc: string, tpls?: readonly string[]];
export interface CnDomain { subject: string; pubs: readonly string[]; tpls: readonly string[]; topics: readonly CnTopic[] }

const TXT = ['{t}', '{t}', '{t}', '{t}教程', '{t}基础', '{t}导论', '{t}学习指导', '{t}习题解答', '新编{t}'] as const;

export const CN_DOMAINS: readonly CnDomain[] = [
  { subject: '计算机科学', pubs: ['qh', 'jxgy', 'rmyd', 'dzgy', 'gj'], tpls: TXT, topics: [
    ['数据结构', 'TP311.12', ['{t}（C语言版）', '{t}（Java语言版）', '{t}（Python语言版）', '{t}与算法分析', '{t}教程', '{t}']],
    ['数据库系统概论', 'TP311.13'], ['操作系统', 'TP316'], ['计算机网络', 'TP393'], ['编译原理', 'TP314'],
    ['计算机组成原理', 'TP301'], ['人工智能', 'TP18'], ['机器学习', 'TP181'], ['深度学习', 'TP181'],
    ['软件工程', 'TP311.5'], ['C程序设计', 'TP312.8'], ['Java程序设计', 'TP312.8'], ['Python程序设计', 'TP312.8'],
    ['算法设计与分析', 'TP301.6'], ['计算机图形学', 'TP391.411'], ['数字图像处理', 'TP391.413'],
    ['大数据技术原理与应用', 'TP274'], ['信息安全概论', 'TP309']] },
  { subject: '数学', pubs: ['gj', 'kx', 'bd', 'fd', 'qh'], tpls: TXT, topics: [
    ['高等数学', 'O13', ['{t}', '{t}（上册）', '{t}（下册）', '{t}同步辅导']], ['线性代数', 'O151.2'], ['概率论与数理统计', 'O21'],
    ['数学分析', 'O17'], ['复变函数', 'O174.5'], ['离散数学', 'O158'], ['常微分方程', 'O175.1'], ['数值分析', 'O241'],
    ['抽象代数', 'O153'], ['实变函数', 'O174.1'], ['泛函分析', 'O177']] },
  { subject: '物理学', pubs: ['gj', 'kx', 'bd', 'hxgy'], tpls: TXT, topics: [
    ['大学物理', 'O4'], ['普通物理学', 'O4'], ['量子力学', 'O413.1'], ['电动力学', 'O442'], ['理论力学', 'O31'],
    ['热力学与统计物理', 'O414'], ['有机化学', 'O62'], ['无机化学', 'O61'], ['物理化学', 'O64'], ['分析化学', 'O65']] },
  { subject: '经济学', pubs: ['rd', 'bd', 'gj', 'fd', 'swyb', 'zx'], tpls: TXT, topics: [
    ['西方经济学', 'F091.3'], ['微观经济学', 'F016'], ['宏观经济学', 'F015'], ['计量经济学', 'F224.0'], ['国际贸易', 'F74'],
    ['货币金融学', 'F820'], ['金融学', 'F830'], ['会计学', 'F230'], ['财务管理', 'F275'], ['管理学', 'C93'],
    ['市场营销学', 'F713.50'], ['中国经济史', 'F129'], ['商业银行经营管理', 'F830.33'], ['证券投资学', 'F830.91'],
    ['中国金融', 'F832.1'], ['政治经济学', 'F0']] },
  { subject: '中国历史', pubs: ['gj', 'zhsj', 'rm', 'bd', 'sl'], tpls: ['{t}', '{t}', '{t}', '{t}讲义', '{t}十讲', '{t}新编'], topics: [
    ['中国近现代史纲要', 'K25', ['{t}', '{t}', '{t}学习辅导']], ['中国近代史纲要', 'K25'], ['中国近代史', 'K25'],
    ['中国古代史', 'K22'], ['中国通史', 'K20'], ['世界通史', 'K10'], ['中华人民共和国史', 'K27'], ['中国历史文选', 'K204'],
    ['中国历史地理概论', 'K928.6'], ['中国文化概论', 'K203'], ['明史', 'K248'], ['宋史', 'K244'], ['隋唐五代史', 'K241']] },
  { subject: '文学', pubs: ['gj', 'rmwx', 'bd', 'fd', 'shgj', 'hsd'], tpls: ['{t}', '{t}', '{t}', '{t}教程', '新编{t}', '{t}作品选'], topics: [
    ['中国古代文学史', 'I209.2'], ['中国现代文学史', 'I209.6'], ['中国当代文学史', 'I209.7'], ['外国文学史', 'I109'],
    ['英国文学史', 'I561.09'], ['美国文学史', 'I712.09'], ['文学理论', 'I0'], ['比较文学概论', 'I0-03'],
    ['唐诗鉴赏', 'I207.22'], ['宋词鉴赏', 'I207.23'], ['红楼梦研究', 'I207.411', ['{t}', '{t}集刊', '{t}论稿']]] },
  { subject: '语言学', pubs: ['wy', 'sw', 'swyb', 'gj', 'bd'], tpls: ['{t}', '{t}', '{t}教程', '{t}（第一册）', '{t}（第二册）', '新编{t}'], topics: [
    ['大学英语', 'H31'], ['英语语法', 'H314'], ['英语写作', 'H315'], ['英汉翻译', 'H315.9'], ['现代汉语', 'H1'],
    ['古代汉语', 'H109.2'], ['语言学概论', 'H0'], ['高级英语', 'H31'], ['英语语音', 'H311'], ['日语综合', 'H369']] },
  { subject: '医学', pubs: ['rmws', 'kx', 'gj', 'bd'], tpls: ['{t}', '{t}', '{t}', '{t}学习指导与习题集', '{t}实验教程'], topics: [
    ['内科学', 'R5'], ['外科学', 'R6'], ['病理学', 'R36'], ['生理学', 'R33'], ['药理学', 'R96'], ['诊断学', 'R44'],
    ['系统解剖学', 'R322'], ['医学免疫学', 'R392'], ['中医基础理论', 'R22'], ['儿科学', 'R72'], ['妇产科学', 'R71']] },
  { subject: '法学', pubs: ['fl', 'rd', 'bd', 'gj'], tpls: ['{t}', '{t}', '{t}', '{t}总论', '{t}原理', '{t}案例教程'], topics: [
    ['宪法学', 'D921'], ['民法学', 'D923'], ['刑法学', 'D924'], ['行政法与行政诉讼法', 'D922.1'], ['国际法', 'D99'],
    ['法理学', 'D90'], ['民事诉讼法学', 'D925.1'], ['知识产权法', 'D923.4'], ['商法学', 'D923.99']] },
  { subject: '图书馆学', pubs: ['gt', 'bd', 'wd', 'kx', 'gj'], tpls: TXT, topics: [
    ['图书馆学基础', 'G250'], ['信息检索', 'G252.7'], ['信息组织', 'G254'], ['文献编目', 'G254.3'], ['信息资源管理', 'G203'],
    ['数字图书馆', 'G250.76'], ['目录学概论', 'G257'], ['图书馆学概论', 'G250'], ['信息计量学', 'G350']] },
  { subject: '哲学', pubs: ['rm', 'rd', 'bd', 'swyb', 'bsd', 'hsd', 'gj'], tpls: ['{t}', '{t}', '{t}', '{t}教程', '{t}导论'], topics: [
    ['中国哲学史', 'B2'], ['西方哲学史', 'B5'], ['逻辑学', 'B81'], ['伦理学', 'B82'], ['美学原理', 'B83'], ['心理学', 'B84'],
    ['教育学', 'G40'], ['教育心理学', 'G44'], ['社会学概论', 'C91'], ['马克思主义基本原理概论', 'A81']] },
];

/** Chinese monograph vocabulary: '{era}{place}{theme}研究' and friends */
export const CN_ERAS: readonly (readonly [string, string])[] = [
  ['明清', 'K248'], ['近代', 'K25'], ['宋代', 'K244'], ['唐代', 'K242'], ['民国时期', 'K258'], ['晚清', 'K252'], ['当代', 'K27']];
export const CN_PLACES = ['江南', '上海', '广州', '湖北', '华北', '中国', '长江流域', '岭南', '徽州', '四川'] as const;
export const CN_THEMES: readonly (readonly [string, string | null])[] = [
  ['社会经济', null], ['城市', null], ['商人', 'F729'], ['士绅', null], ['书院', 'G649.299'], ['藏书', 'G259.29'],
  ['出版', 'G239.29'], ['教育', 'G529'], ['宗族', null], ['金融', 'F832.9'], ['文学', 'I206'], ['佛教', 'B949.2'], ['移民', null]];
export const CN_METHODS = ['深度学习', '强化学习', '知识图谱', '区块链', '联邦学习', '图神经网络', '大语言模型'] as const;
export const CN_TASKS: readonly (readonly [string, string])[] = [
  ['图像识别', 'TP391.41'], ['文本分类', 'TP391.1'], ['推荐系统', 'TP391.3'], ['故障诊断', 'TP277'], ['信息检索', 'TP391.3'],
  ['交通流预测', 'U491'], ['医学影像分析', 'R445'], ['数据隐私保护', 'TP309']];
export const CN_TECH_KIND = ['研究', '方法研究', '关键技术研究', '理论与应用'] as const;
export const CN_AREAS = ['中国', '长三角', '粤港澳大湾区', '京津冀', '长江经济带', '中部地区', '西部地区', '东北地区'] as const;
export const CN_ECON: readonly (readonly [string, string])[] = [
  ['区域经济发展', 'F127'], ['金融合作', 'F832.7'], ['产业结构升级', 'F121.3'], ['数字经济', 'F492'], ['城镇化', 'F299.2'],
  ['乡村振兴', 'F320.3'], ['人口流动', 'C922.2'], ['公共服务均等化', 'D630.1'], ['生态环境治理', 'X321.2']];
export const CN_WRITERS: readonly (readonly [string, string])[] = [
  ['鲁迅', 'I210'], ['杜甫', 'I207.22'], ['李白', 'I207.22'], ['苏轼', 'I207.23'], ['曹雪芹', 'I207.411'],
  ['沈从文', 'I206.6'], ['张爱玲', 'I206.6'], ['莎士比亚', 'I561.073'], ['狄更斯', 'I561.074'], ['简·奥斯汀', 'I561.074']];
export const CN_WRITER_KIND = ['研究', '新论', '评传', '年谱', '与中国文化', '思想研究'] as const;
export const CN_MONO_PUBS = ['ssk', 'skwx', 'zhsj', 'shgj', 'rm', 'sl', 'bd', 'fd', 'nd', 'wd', 'zd', 'zjd', 'shrm'] as const;

/** [title, responsibility, CLC, publisher keys (one record each), subjects, ancient (may sit in 古籍部)] */
export type Classic = readonly [string, string, string, readonly string[], readonly string[], boolean?];
export const CN_CLASSICS: readonly Classic[] = [
  ['红楼梦', '(清)曹雪芹，高鹗著', 'I242.4', ['zhsj', 'shgj'], ['章回小说', '中国', '清代'], true],
  ['三国演义', '(明)罗贯中著', 'I242.4', ['rmwx', 'zhsj'], ['章回小说', '中国', '明代'], true],
  ['水浒传', '(明)施耐庵，罗贯中著', 'I242.4', ['rmwx', 'shgj'], ['章回小说', '中国', '明代'], true],
  ['西游记', '(明)吴承恩著', 'I242.4', ['rmwx', 'zhsj'], ['章回小说', '中国', '明代'], true],
  ['儒林外史', '(清)吴敬梓著', 'I242.4', ['rmwx'], ['章回小说', '中国', '清代'], true],
  ['聊斋志异', '(清)蒲松龄著', 'I242.1', ['zhsj', 'shgj'], ['笔记小说', '中国', '清代'], true],
  ['史记', '(汉)司马迁撰', 'K204.2', ['zhsj'], ['中国历史', '古代', '纪传体'], true],
  ['资治通鉴', '(宋)司马光编著', 'K204.3', ['zhsj'], ['中国历史', '古代', '编年体'], true],
  ['论语译注', '杨伯峻译注', 'B222.2', ['zhsj'], ['儒家', '《论语》', '注释']],
  ['孟子译注', '杨伯峻译注', 'B222.5', ['zhsj'], ['儒家', '《孟子》', '注释']],
  ['老子今注今译', '陈鼓应注译', 'B223.1', ['swyb'], ['道家', '《道德经》', '注释']],
  ['唐诗三百首', '(清)蘅塘退士编', 'I222.742', ['zhsj', 'shgj', 'rmwx'], ['唐诗', '诗集'], true],
  ['宋词选', '胡云翼选注', 'I222.844', ['shgj'], ['宋词', '词集']],
  ['人间词话', '王国维著', 'I207.23', ['shgj', 'zhsj'], ['词话', '中国', '近代']],
  ['说文解字', '(汉)许慎撰', 'H161', ['zhsj'], ['汉字', '古文字', '字书'], true],
  ['古文观止', '(清)吴楚材，吴调侯选', 'I262', ['zhsj'], ['古典散文', '中国', '作品集'], true],
  ['呐喊', '鲁迅著', 'I210.6', ['rmwx'], ['短篇小说', '小说集', '中国', '现代']],
  ['朝花夕拾', '鲁迅著', 'I210.4', ['rmwx'], ['散文集', '中国', '现代']],
  ['围城', '钱锺书著', 'I246.5', ['rmwx', 'sl'], ['长篇小说', '中国', '现代']],
  ['骆驼祥子', '老舍著', 'I246.5', ['rmwx'], ['长篇小说', '中国', '现代']],
  ['边城', '沈从文著', 'I246.5', ['rmwx'], ['中篇小说', '中国', '现代']],
  ['子夜', '茅盾著', 'I246.5', ['rmwx'], ['长篇小说', '中国', '现代']],
  ['家', '巴金著', 'I246.5', ['rmwx'], ['长篇小说', '中国', '现代']],
  ['平凡的世界', '路遥著', 'I247.5', ['rmwx'], ['长篇小说', '中国', '当代']],
  ['活着', '余华著', 'I247.57', ['zj'], ['长篇小说', '中国', '当代']],
  ['白鹿原', '陈忠实著', 'I247.5', ['rmwx'], ['长篇小说', '中国', '当代']],
  ['乡土中国', '费孝通著', 'C912.82', ['sl', 'bd'], ['农村社会学', '中国']],
  ['中国哲学史', '冯友兰著', 'B2', ['hsd'], ['哲学史', '中国']],
  ['中国通史', '吕思勉著', 'K20', ['fd'], ['中国历史', '通史']],
  ['万历十五年', '[美]黄仁宇著', 'K248.305', ['zhsj', 'sl'], ['中国历史', '明代']],
  ['美的历程', '李泽厚著', 'B83-092', ['sl'], ['美学史', '中国']],
  ['简·爱', '[英]夏洛蒂·勃朗特著；祝庆英译', 'I561.44', ['shyw'], ['长篇小说', '英国', '近代']],
  ['呼啸山庄', '[英]艾米莉·勃朗特著；杨苡译', 'I561.44', ['yl'], ['长篇小说', '英国', '近代']],
  ['双城记', '[英]狄更斯著；石永礼，赵文娟译', 'I561.44', ['rmwx'], ['长篇小说', '英国', '近代']],
  ['哈姆莱特', '[英]莎士比亚著；朱生豪译', 'I561.33', ['rmwx'], ['悲剧', '剧本', '英国', '中世纪']],
  ['悲惨世界', '[法]雨果著；李丹，方于译', 'I565.44', ['rmwx'], ['长篇小说', '法国', '近代']],
  ['巴黎圣母院', '[法]雨果著；陈敬容译', 'I565.44', ['rmwx'], ['长篇小说', '法国', '近代']],
  ['战争与和平', '[俄]列夫·托尔斯泰著；刘辽逸译', 'I512.44', ['rmwx'], ['长篇小说', '俄罗斯', '近代']],
  ['百年孤独', '[哥伦比亚]加西亚·马尔克斯著；范晔译', 'I775.45', ['nh'], ['长篇小说', '哥伦比亚', '现代']],
  ['老人与海', '[美]海明威著；吴劳译', 'I712.45', ['shyw'], ['中篇小说', '美国', '现代']],
  ['了不起的盖茨比', '[美]菲茨杰拉德著；姚乃强译', 'I712.45', ['shyw'], ['长篇小说', '美国', '现代']],
  ['一九八四', '[英]乔治·奥威尔著；董乐山译', 'I561.45', ['shyw'], ['长篇小说', '英国', '现代']],
  ['算法导论', '[美]Thomas H. Cormen等著；殷建平等译', 'TP301.6', ['jxgy'], ['电子计算机', '算法理论']],
  ['经济学原理', '[美]N. 格里高利·曼昆著；梁小民，梁砾译', 'F0', ['bd'], ['经济学']],
  ['国富论', '[英]亚当·斯密著；郭大力，王亚南译', 'F091.33', ['swyb'], ['古典资产阶级政治经济学']],
  ['社会契约论', '[法]卢梭著；何兆武译', 'D09', ['swyb'], ['资产阶级国家理论', '法国']],
];

export const EN_CLASSICS: readonly Classic[] = [
  ['Sense and Sensibility', 'Jane Austen', 'I561.44', ['penguin', 'oup'], ['English fiction', 'Sisters -- Fiction']],
  ['Emma', 'Jane Austen', 'I561.44', ['penguin'], ['English fiction', 'Matchmaking -- Fiction']],
  ['Jane Eyre', 'Charlotte Brontë', 'I561.44', ['penguin', 'oup'], ['English fiction', 'Governesses -- Fiction']],
  ['Wuthering Heights', 'Emily Brontë', 'I561.44', ['penguin'], ['English fiction', 'Yorkshire (England) -- Fiction']],
  ['Great Expectations', 'Charles Dickens', 'I561.44', ['penguin', 'oup'], ['English fiction', 'Orphans -- Fiction']],
  ['A Tale of Two Cities', 'Charles Dickens', 'I561.44', ['penguin'], ['English fiction', 'France -- History -- Revolution, 1789-1799 -- Fiction']],
  ['Middlemarch', 'George Eliot', 'I561.44', ['penguin'], ['English fiction']],
  ['Hamlet', 'William Shakespeare', 'I561.33', ['cup', 'penguin'], ['English drama', 'Tragedies']],
  ['Moby-Dick', 'Herman Melville', 'I712.44', ['penguin'], ['American fiction', 'Whaling -- Fiction']],
  ['The Great Gatsby', 'F. Scott Fitzgerald', 'I712.45', ['penguin'], ['American fiction']],
  ['Madame Bovary', 'Gustave Flaubert ; translated by Lydia Davis', 'I565.44', ['penguin'], ['French fiction -- Translations into English']],
  ['Nineteen Eighty-Four', 'George Orwell', 'I561.45', ['penguin'], ['English fiction', 'Dystopias -- Fiction']],
  ['Mrs Dalloway', 'Virginia Woolf', 'I561.45', ['oup'], ['English fiction']],
  ['Émile, or On Education', 'Jean-Jacques Rousseau ; translated by Allan Bloom', 'G40-095.65', ['penguin'], ['Education -- Philosophy']],
  ['Naïve Set Theory', 'Paul R. Halmos', 'O144', ['springer'], ['Set theory']],
  ['The Wealth of Nations', 'Adam Smith', 'F091.33', ['penguin', 'oup'], ['Economics']],
  ['The Analects', 'Confucius ; translated by D. C. Lau', 'B222.2', ['penguin'], ['Confucianism']],
  ['The Story of the Stone', 'Cao Xueqin ; translated by David Hawkes', 'I242.4', ['penguin'], ['Chinese fiction -- Translations into English']],
  ['The Journey to the West', 'translated and edited by Anthony C. Yu', 'I242.4', ['ucp'], ['Chinese fiction -- Translations into English']],
];

/** [topic, CLC, LCSH-style subject] */
export type EnTopic = readonly [string, string, string];
export interface EnDomain { pubs: readonly string[]; topics: readonly EnTopic[] }
export const EN_DOMAINS: readonly EnDomain[] = [
  { pubs: ['mit', 'springer', 'pearson', 'oreilly', 'cup', 'wiley', 'elsevier'], topics: [
    ['Algorithms', 'TP301.6', 'Computer algorithms'], ['Data Structures', 'TP311.12', 'Data structures (Computer science)'],
    ['Database Systems', 'TP311.13', 'Database management'], ['Operating Systems', 'TP316', 'Operating systems (Computers)'],
    ['Computer Networks', 'TP393', 'Computer networks'], ['Machine Learning', 'TP181', 'Machine learning'],
    ['Artificial Intelligence', 'TP18', 'Artificial intelligence'], ['Software Engineering', 'TP311.5', 'Software engineering'],
    ['Compiler Design', 'TP314', 'Compilers (Computer programs)'], ['Computer Graphics', 'TP391.41', 'Computer graphics'],
    ['Distributed Systems', 'TP338.8', 'Electronic data processing -- Distributed processing'],
    ['Information Retrieval', 'TP391.3', 'Information retrieval'], ['Natural Language Processing', 'TP391.1', 'Natural language processing (Computer science)'],
    ['Deep Learning', 'TP181', 'Machine learning']] },
  { pubs: ['springer', 'springerB', 'cup', 'pup', 'oup', 'wiley'], topics: [
    ['Linear Algebra', 'O151.2', 'Algebras, Linear'], ['Real Analysis', 'O174.1', 'Mathematical analysis'],
    ['Probability Theory', 'O211', 'Probabilities'], ['Abstract Algebra', 'O153', 'Algebra, Abstract'],
    ['Number Theory', 'O156', 'Number theory'], ['Topology', 'O189', 'Topology'], ['Complex Analysis', 'O174.5', 'Functions of complex variables'],
    ['Numerical Analysis', 'O241', 'Numerical analysis'], ['Differential Equations', 'O175', 'Differential equations'],
    ['Combinatorics', 'O157', 'Combinatorial analysis']] },
  { pubs: ['pup', 'mit', 'oup', 'cup', 'routledge', 'wiley', 'pearson'], topics: [
    ['Microeconomics', 'F016', 'Microeconomics'], ['Macroeconomics', 'F015', 'Macroeconomics'], ['Econometrics', 'F224.0', 'Econometrics'],
    ['International Trade', 'F74', 'International trade'], ['Monetary Economics', 'F820', 'Monetary policy'],
    ['Corporate Finance', 'F276.6', 'Corporations -- Finance'], ['Development Economics', 'F061.3', 'Economic development'],
    ['Behavioral Economics', 'F069.9', 'Economics -- Psychological aspects'], ['Economic History', 'F119', 'Economic history']] },
  { pubs: ['oup', 'cup', 'routledge', 'pup', 'ucp', 'yup', 'penguin'], topics: [
    ['English Literature', 'I561.06', 'English literature -- History and criticism'], ['the Victorian Novel', 'I561.074', 'English fiction -- 19th century -- History and criticism'],
    ['Shakespeare', 'I561.073', 'Shakespeare, William, 1564-1616 -- Criticism and interpretation'],
    ['American Literature', 'I712.06', 'American literature -- History and criticism'], ['Literary Theory', 'I0', 'Literature -- Philosophy'],
    ['Comparative Literature', 'I0-03', 'Comparative literature'], ['Chinese Literature', 'I206', 'Chinese literature -- History and criticism']] },
  { pubs: ['cup', 'oup', 'routledge', 'wiley'], topics: [
    ['Linguistics', 'H0', 'Linguistics'], ['Phonology', 'H01', 'Grammar, Comparative and general -- Phonology'], ['Syntax', 'H04', 'Grammar, Comparative and general -- Syntax'],
    ['Semantics', 'H030', 'Semantics'], ['Second Language Acquisition', 'H09', 'Second language acquisition'],
    ['Sociolinguistics', 'H0-05', 'Sociolinguistics'], ['English Grammar', 'H314', 'English language -- Grammar'], ['Translation Studies', 'H059', 'Translating and interpreting']] },
  { pubs: ['elsevier', 'springer', 'wiley', 'oup'], topics: [
    ['Clinical Medicine', 'R4', 'Clinical medicine'], ['Pathology', 'R36', 'Pathology'], ['Pharmacology', 'R96', 'Pharmacology'],
    ['Immunology', 'R392', 'Immunology'], ['Epidemiology', 'R18', 'Epidemiology'], ['Public Health', 'R1', 'Public health'],
    ['Neuroscience', 'R338', 'Neurosciences'], ['Internal Medicine', 'R5', 'Internal medicine']] },
  { pubs: ['routledge', 'elsevier', 'mit', 'springer'], topics: [
    ['Library and Information Science', 'G250', 'Library science'], ['Cataloging and Classification', 'G254', 'Cataloging'],
    ['Digital Libraries', 'G250.76', 'Digital libraries'], ['Knowledge Organization', 'G254', 'Knowledge representation (Information theory)'],
    ['Bibliometrics', 'G350', 'Bibliometrics'], ['Academic Libraries', 'G258.6', 'Academic libraries'], ['Metadata', 'G254.3', 'Metadata']] },
  { pubs: ['oup', 'cup', 'pup', 'hup', 'ucp', 'routledge', 'columbia', 'stanford'], topics: [
    ['Ethics', 'B82', 'Ethics'], ['Political Philosophy', 'D09', 'Political science -- Philosophy'], ['Logic', 'B81', 'Logic'],
    ['Sociology', 'C91', 'Sociology'], ['Social Theory', 'C91-0', 'Social sciences -- Philosophy'], ['Political Science', 'D0', 'Political science'],
    ['International Relations', 'D81', 'International relations'], ['Anthropology', 'C912.4', 'Anthropology']] },
];
/** '|key' forces that publisher */
export const EN_PATTERNS = ['Introduction to {t}', 'Foundations of {t}', 'Principles of {t}', 'Essentials of {t}', 'Handbook of {t}',
  'Topics in {t}', '{t}: Theory and Practice', '{t}: A Modern Approach', 'Advanced {t}', 'Readings in {t}', '{t}: An Introduction',
  'The Oxford Handbook of {t}|oup', 'The Cambridge Companion to {t}|cup', '{t}: A Very Short Introduction|oup', 'Lecture Notes in {t}|springer'] as const;
export const EN_THEMES = ['Merchants and Markets', 'Print Culture', 'Gender and Family', 'Urban Life', 'Science and Empire',
  'Religion and Society', 'Law and Justice', 'Books and Libraries', 'Famine and Relief', 'Migration and Identity', 'Money and Credit',
  'Scholars and the State', 'Medicine and Healing', 'Literati Culture', 'Women Writers'] as const;
export const EN_PERIODS: readonly (readonly [string, string])[] = [
  ['Late Imperial China', 'K248'], ['Republican China', 'K258'], ['Song China', 'K244'], ['Tang China', 'K242'], ['Modern Shanghai', 'K295.1'],
  ['Qing China', 'K249'], ['Early Modern Europe', 'K503'], ['Victorian Britain', 'K561.43'], ['Meiji Japan', 'K313.41'], ['Twentieth-Century China', 'K25']];
export const EN_SUBTITLES = ['A Social History', 'New Perspectives', 'Sources and Interpretations', 'Networks and Institutions', 'Texts and Contexts', 'A Comparative Study'] as const;
export const EN_AREA_PUBS = ['stanford', 'hup', 'ucal', 'columbia', 'cup', 'yup', 'pup', 'ucp', 'routledge'] as const;

export const CN_SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏方邹熊白孟秦邱侯江薛段雷龙黎史陶贺毛郝顾龚邵钱戴严', '欧阳', '司马'];
export const CN_GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华文辉建国志海晓红玉兰春林云鹏宇浩凯斌峰亮俊婷雪琳晨思博一新立德永庆忠家泽瑞'];
export const EN_FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Susan',
  'Richard', 'Margaret', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Helen', 'Peter', 'Anne', 'Mark', 'Catherine', 'Timothy', 'Joanna',
  'Zoë', 'José', 'François', 'Søren', 'Ingrid', 'Hiroshi', 'Kenneth', 'Benjamin', 'Emily', 'Alexander'] as const;
export const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Anderson', 'Thomas', 'Jackson', 'White', 'Harris',
  'Martin', 'Thompson', 'Clarke', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Evans', 'Turner', 'Müller', 'García', 'Dubois', 'Nakamura', 'Kowalski', "O'Brien"] as const;
export const PINYIN_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Lin'] as const;
export const PINYIN_GIVEN = ['Wei', 'Min', 'Hui', 'Jing', 'Lei', 'Xiaoming', 'Yan', 'Tao', 'Jun', 'Ling', 'Hong', 'Ying', 'Zhiwei', 'Xin', 'Yu'] as const;

/** [title, ISSN (check digit recomputed), issuing body / publisher, place, CLC, subject] */
export type Journal = readonly [string, string, string, string, string, string];
export const CN_JOURNALS: readonly Journal[] = [
  ['中国图书馆学报', '1001-8867', '中国图书馆学会', '北京', 'G25', '图书馆学'], ['大学图书馆学报', '1002-1027', '北京大学', '北京', 'G258.6', '高等学校图书馆'],
  ['图书情报工作', '0252-3116', '中国科学院文献情报中心', '北京', 'G25', '图书馆工作'], ['图书馆杂志', '1000-4254', '上海市图书馆学会', '上海', 'G25', '图书馆学'],
  ['情报学报', '1000-0135', '中国科学技术情报学会', '北京', 'G35', '情报学'], ['计算机学报', '0254-4164', '中国计算机学会', '北京', 'TP3', '电子计算机'],
  ['软件学报', '1000-9825', '中国科学院软件研究所', '北京', 'TP31', '软件'], ['自动化学报', '0254-4156', '中国自动化学会', '北京', 'TP13', '自动化技术'],
  ['电子学报', '0372-2112', '中国电子学会', '北京', 'TN', '电子技术'], ['数学学报', '0583-1431', '中国数学会', '北京', 'O1', '数学'],
  ['物理学报', '1000-3290', '中国物理学会', '北京', 'O4', '物理学'], ['化学学报', '0567-7351', '中国化学会', '上海', 'O6', '化学'],
  ['科学通报', '0023-074X', '中国科学院', '北京', 'N55', '自然科学'], ['中华医学杂志', '0376-2491', '中华医学会', '北京', 'R', '医学'],
  ['经济研究', '0577-9154', '中国社会科学院经济研究所', '北京', 'F', '经济学'], ['管理世界', '1002-5502', '国务院发展研究中心', '北京', 'C93', '管理学'],
  ['中国社会科学', '1002-4921', '中国社会科学院', '北京', 'C55', '社会科学'], ['历史研究', '0459-1909', '中国社会科学院', '北京', 'K', '历史'],
  ['文学评论', '0511-4683', '中国社会科学院文学研究所', '北京', 'I', '文学研究'], ['中国语文', '0578-1949', '中国社会科学院语言研究所', '北京', 'H1', '汉语'],
  ['外语教学与研究', '1000-0429', '北京外国语大学', '北京', 'H3', '外语教学'], ['哲学研究', '1000-0216', '中国社会科学院哲学研究所', '北京', 'B', '哲学'],
  ['法学研究', '1002-896X', '中国社会科学院法学研究所', '北京', 'D9', '法学'], ['社会学研究', '1002-5936', '中国社会科学院社会学研究所', '北京', 'C91', '社会学'],
  ['地理学报', '0375-5444', '中国地理学会', '北京', 'K9', '地理学'], ['中国翻译', '1000-873X', '中国翻译协会', '北京', 'H059', '翻译'],
  ['北京大学学报（哲学社会科学版）', '1000-5919', '北京大学', '北京', 'C55', '社会科学'],
  ['清华大学学报（自然科学版）', '1000-0054', '清华大学', '北京', 'N55', '自然科学'],
  ['复旦学报（社会科学版）', '0257-0289', '复旦大学', '上海', 'C55', '社会科学'],
];
export const EN_JOURNALS: readonly Journal[] = [
  ['Nature', '0028-0836', 'Nature Publishing Group', 'London', 'N1', 'Science -- Periodicals'],
  ['Science', '0036-8075', 'American Association for the Advancement of Science', 'Washington, DC', 'N1', 'Science -- Periodicals'],
  ['Cell', '0092-8674', 'Cell Press', 'Cambridge, MA', 'Q2', 'Cytology -- Periodicals'],
  ['The Lancet', '0140-6736', 'Elsevier', 'London', 'R', 'Medicine -- Periodicals'],
  ['The New England Journal of Medicine', '0028-4793', 'Massachusetts Medical Society', 'Boston', 'R', 'Medicine -- Periodicals'],
  ['Journal of the ACM', '0004-5411', 'Association for Computing Machinery', 'New York', 'TP3', 'Computers -- Periodicals'],
  ['Communications of the ACM', '0001-0782', 'Association for Computing Machinery', 'New York', 'TP3', 'Computers -- Periodicals'],
  ['College & Research Libraries', '0010-0870', 'American Library Association', 'Chicago', 'G258.6', 'Academic libraries -- Periodicals'],
  ['Journal of Documentation', '0022-0418', 'Emerald', 'Bingley', 'G25', 'Documentation -- Periodicals'],
  ['The Journal of Academic Librarianship', '0099-1333', 'Elsevier', 'Amsterdam', 'G258.6', 'Academic libraries -- Periodicals'],
  ['The Library Quarterly', '0024-2519', 'University of Chicago Press', 'Chicago', 'G25', 'Library science -- Periodicals'],
  ['Journal of the Association for Information Science and Technology', '2330-1635', 'Wiley', 'Hoboken', 'G35', 'Information science -- Periodicals'],
  ['The American Economic Review', '0002-8282', 'American Economic Association', 'Nashville', 'F', 'Economics -- Periodicals'],
  ['Econometrica', '0012-9682', 'Econometric Society', 'New York', 'F224', 'Econometrics -- Periodicals'],
  ['Physical Review Letters', '0031-9007', 'American Physical Society', 'College Park', 'O4', 'Physics -- Periodicals'],
  ['Proceedings of the National Academy of Sciences of the United States of America', '0027-8424', 'National Academy of Sciences', 'Washington, DC', 'N1', 'Science -- Periodicals'],
  ['IEEE Transactions on Software Engineering', '0098-5589', 'IEEE', 'New York', 'TP311.5', 'Software engineering -- Periodicals'],
  ['Annals of Mathematics', '0003-486X', 'Princeton University', 'Princeton', 'O1', 'Mathematics -- Periodicals'],
  ['The Journal of Asian Studies', '0021-9118', 'Association for Asian Studies', 'Ann Arbor', 'K3', 'Asia -- Periodicals'],
  ['The China Quarterly', '0305-7410', 'Cambridge University Press', 'Cambridge', 'D6', 'China -- Periodicals'],
  ["T'oung Pao", '0082-5433', 'Brill', 'Leiden', 'K2', 'China -- History -- Periodicals'],
  ['The Modern Language Review', '0026-7937', 'Modern Humanities Research Association', 'London', 'I', 'Philology, Modern -- Periodicals'],
  ['PMLA', '0030-8129', 'Modern Language Association of America', 'New York', 'I', 'Philology, Modern -- Periodicals'],
  ['The Journal of Finance', '0022-1082', 'Wiley', 'Hoboken', 'F830', 'Finance -- Periodicals'],
  ['Artificial Intelligence', '0004-3702', 'Elsevier', 'Amsterdam', 'TP18', 'Artificial intelligence -- Periodicals'],
  ['Information Processing & Management', '0306-4573', 'Elsevier', 'Oxford', 'G35', 'Information storage and retrieval systems -- Periodicals'],
  ['BMJ', '0959-8138', 'BMJ Publishing Group', 'London', 'R', 'Medicine -- Periodicals'],
  ['JAMA', '0098-7484', 'American Medical Association', 'Chicago', 'R', 'Medicine -- Periodicals'],
  ['Études chinoises', '0755-5857', 'Association française d’études chinoises', 'Paris', 'K2', 'China -- Periodicals'],
];
export const CN_JOURNAL_TOPICS: readonly (readonly [string, string])[] = [
  ['图书馆', 'G25'], ['情报', 'G35'], ['软件', 'TP31'], ['金融', 'F83'], ['管理', 'C93'], ['教育', 'G4'], ['医学', 'R'],
  ['法学', 'D9'], ['语言', 'H'], ['文学', 'I'], ['历史', 'K'], ['物理', 'O4'], ['化学', 'O6'], ['经济', 'F'], ['数学', 'O1']];
export const CN_JOURNAL_TPLS = ['{t}研究', '{t}学报', '中国{t}', '现代{t}', '{t}论坛', '{t}与社会'] as const;
export const EN_JOURNAL_TPLS = ['Journal of {t}', '{t} Review', 'International Journal of {t}', 'Asian Journal of {t}', '{t} Quarterly', 'Annals of {t}'] as const;
export const EN_JOURNAL_PUBS: readonly (readonly [string, string])[] = [
  ['Elsevier', 'Amsterdam'], ['Springer', 'Dordrecht'], ['Taylor & Francis', 'Abingdon'], ['Wiley', 'Hoboken'], ['SAGE', 'London'],
  ['Cambridge University Press', 'Cambridge'], ['Oxford University Press', 'Oxford']];
