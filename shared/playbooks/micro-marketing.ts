import type { Playbook } from './schema';

/** Micro-marketing on social messaging in 5 rules (domain file, "Method checklists from the source material"). */
export const microMarketing: Playbook = {
  id: 'micro-marketing',
  title: { en: 'Micro-marketing on social messaging in 5 rules', zh: '微营销五法则' },
  summary: {
    en: 'Clarify the need, lay out the accounts, attract followers, keep them (about 40 % brand and 60 % audience content), and convert them.',
    zh: '明确需求、布局账号、吸引粉丝、留住粉丝（约 40% 品牌内容、60% 用户内容）、转化粉丝。',
  },
  steps: [
    {
      id: 'clarify-need',
      title: { en: 'Clarify the need', zh: '明确需求' },
      meaning: {
        en: 'Acquire new customers, keep existing ones, or lower marketing cost: say which.',
        zh: '获取新客户、留住老客户，还是降低营销成本：先说清楚。',
      },
      lands: { part: 'objectives', table: 'objectives' },
      coverage: {
        rule: 'anyOf',
        rules: [
          { rule: 'rows', collection: 'objectives', where: { metric: 'newCustomers' } },
          { rule: 'rows', collection: 'objectives', where: { metric: 'retention' } },
        ],
      },
      suggestions: [
        {
          collection: 'objectives',
          row: {
            kind: 'marketing',
            metric: 'newCustomers',
            title: { en: 'Acquire new customers through social messaging', zh: '通过社交私域获取新客户' },
            unit: { en: 'customers', zh: '人' },
          },
        },
        {
          collection: 'objectives',
          row: { kind: 'marketing', metric: 'retention', title: { en: 'Keep existing customers', zh: '留住老客户' }, unit: '%' },
        },
      ],
    },
    {
      id: 'accounts',
      title: { en: 'Lay out the accounts', zh: '布局账号' },
      meaning: {
        en: 'Which accounts and groups, each with one job (news, service, community).',
        zh: '开设哪些账号和群，每个承担一项职能（资讯、服务、社群）。',
      },
      lands: { part: 'situation', table: 'channels' },
      coverage: {
        rule: 'mentions',
        collection: 'channels',
        field: 'name',
        words: { en: ['WeChat', 'WeCom', 'account', 'group', 'community'], zh: ['微信', '公众号', '账号', '社群', '企业微信'] },
      },
      suggestions: [
        { collection: 'channels', row: { name: { en: 'WeChat official account', zh: '微信公众号' } } },
        { collection: 'channels', row: { name: { en: 'WeCom customer groups', zh: '企业微信客户群' } } },
      ],
    },
    {
      id: 'attract',
      title: { en: 'Attract followers', zh: '吸引粉丝' },
      meaning: {
        en: 'Give people a reason to follow: QR codes where they already are, referrals, a first benefit.',
        zh: '给人关注的理由：在客户所在处放二维码、老带新、首次福利。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['attract', 'follower', 'referral', 'QR'], zh: ['吸粉', '引流', '转介绍', '老带新', '二维码'] },
      },
      suggestions: [
        {
          collection: 'actions',
          row: { title: { en: 'Attract followers: QR codes in stores and parcels', zh: '吸粉：门店与包裹二维码引流' }, mixElement: 'promotion' },
        },
        { collection: 'actions', row: { title: { en: 'Referral reward: bring a friend', zh: '转介绍奖励：老带新' }, mixElement: 'promotion' } },
      ],
    },
    {
      id: 'keep',
      title: { en: 'Keep followers', zh: '留住粉丝' },
      meaning: {
        en: 'Content, events and interaction; about 40 % brand content and 60 % content for the audience.',
        zh: '内容、活动和互动；约 40% 品牌内容、60% 用户关心的内容。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['content', 'event', 'interaction'], zh: ['内容', '活动', '互动'] },
      },
      suggestions: [
        {
          collection: 'actions',
          row: {
            title: { en: 'Content plan: 40 % brand, 60 % audience content', zh: '内容规划：40%品牌内容、60%用户内容' },
            mixElement: 'promotion',
          },
        },
        { collection: 'actions', row: { title: { en: 'Monthly community event', zh: '每月社群活动' }, mixElement: 'promotion' } },
      ],
    },
    {
      id: 'convert',
      title: { en: 'Convert followers', zh: '转化粉丝' },
      meaning: { en: 'Turn followers into buyers, and measure how many do.', zh: '把粉丝变成买家，并衡量转化了多少。' },
      lands: { part: 'control', table: 'kpis' },
      coverage: {
        rule: 'anyOf',
        rules: [
          { rule: 'mentions', collection: 'kpis', field: 'metric', words: { en: ['conversion', 'converted'], zh: ['转化', '成交'] } },
          { rule: 'rows', collection: 'objectives', where: { metric: 'conversion' } },
        ],
      },
      suggestions: [
        {
          collection: 'kpis',
          row: { metric: { en: 'Followers converted to buyers', zh: '粉丝转化成交数' }, unit: { en: 'buyers', zh: '人' }, controlKind: 'efficiency' },
        },
        { collection: 'actions', row: { title: { en: 'Members-only offer for followers', zh: '粉丝专享优惠' }, mixElement: 'price' } },
      ],
    },
  ],
};
