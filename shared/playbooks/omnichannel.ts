import type { Playbook } from './schema';

/** Omnichannel precision marketing in 6 steps (domain file, "Method checklists from the source material"). */
export const omnichannel: Playbook = {
  id: 'omnichannel',
  title: { en: 'Omnichannel precision marketing in 6 steps', zh: '全渠道精准营销六步法' },
  summary: {
    en: 'Position precisely, build the customer database, value and tier customers, map touchpoints, integrate channels and content, and build long-term relationships.',
    zh: '精准定位、建立客户数据库、客户价值分层、梳理触点、整合渠道与内容、建立长期关系。',
  },
  steps: [
    {
      id: 'positioning',
      title: { en: 'Position precisely', zh: '精准定位' },
      meaning: { en: 'Who is the customer, and which category are we in their mind?', zh: '客户是谁？我们在客户心中属于哪一品类？' },
      lands: { part: 'strategy', field: 'positioning.statement' },
      coverage: {
        rule: 'anyOf',
        rules: [
          { rule: 'filled', path: 'strategy.positioning.statement' },
          { rule: 'mentions', collection: 'segments', field: 'name', words: { en: ['core customer'], zh: ['核心客户'] } },
        ],
      },
      suggestions: [
        {
          collection: 'segments',
          row: {
            name: { en: 'Core customers', zh: '核心客户' },
            needs: { en: 'Who they are, what they need, which category they put us in', zh: '他们是谁、需要什么、把我们归入哪一品类' },
          },
        },
      ],
    },
    {
      id: 'customer-database',
      title: { en: 'Build the customer database', zh: '建立客户数据库' },
      meaning: {
        en: 'Collect every customer once, across stores, apps and messaging, with consent.',
        zh: '在门店、App 和社交渠道中，经客户同意，统一收集客户资料。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['database', 'CRM', 'member'], zh: ['数据库', '会员', '客户资料'] },
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'Build the customer database (CRM)', zh: '建立客户数据库（CRM）' }, mixElement: 'place' } },
        {
          collection: 'objectives',
          row: {
            kind: 'marketing',
            metric: 'newCustomers',
            title: { en: 'Customers in the database', zh: '客户数据库人数' },
            unit: { en: 'customers', zh: '人' },
          },
        },
      ],
    },
    {
      id: 'value-tiers',
      title: { en: 'Value and tier customers', zh: '客户价值分层' },
      meaning: {
        en: 'Split customers by value: 80/20, or 15 % opinion leaders, 35 % intending, 50 % to be nurtured.',
        zh: '按价值给客户分层：二八法则，或 15% 意见领袖、35% 意向客户、50% 待培育客户。',
      },
      lands: { part: 'situation', table: 'customerTiers' },
      coverage: { rule: 'rows', collection: 'customerTiers' },
      suggestions: [
        { collection: 'customerTiers', row: { tier: 'opinionLeader', name: { en: 'Opinion leaders (15 %)', zh: '意见领袖（15%）' } } },
        { collection: 'customerTiers', row: { tier: 'intending', name: { en: 'Intending customers (35 %)', zh: '意向客户（35%）' } } },
        { collection: 'customerTiers', row: { tier: 'potential', name: { en: 'To be nurtured (50 %)', zh: '待培育客户（50%）' } } },
      ],
    },
    {
      id: 'touchpoints',
      title: { en: 'Map touchpoints and preferences', zh: '梳理触点与偏好' },
      meaning: { en: 'Where each tier meets the brand, and which channel it prefers.', zh: '各层客户在哪里接触品牌，偏好哪个渠道。' },
      lands: { part: 'situation', table: 'channels' },
      coverage: { rule: 'rows', collection: 'channels' },
      suggestions: [
        { collection: 'channels', row: { name: { en: 'Stores', zh: '门店' } } },
        { collection: 'channels', row: { name: { en: 'App and mini program', zh: 'App 与小程序' } } },
        { collection: 'channels', row: { name: { en: 'Social messaging groups', zh: '社群' } } },
      ],
    },
    {
      id: 'integrate',
      title: { en: 'Integrate channels and content', zh: '整合渠道与内容' },
      meaning: {
        en: 'One offer and one message across every touchpoint, and data that follows the customer.',
        zh: '所有触点统一优惠与信息，数据跟随客户打通。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['omnichannel', 'integrat', 'cross-channel'], zh: ['全渠道', '整合', '打通'] },
      },
      suggestions: [
        {
          collection: 'actions',
          row: { title: { en: 'Integrate channels and content: one offer everywhere', zh: '整合渠道与内容：各渠道统一优惠' }, mixElement: 'place' },
        },
      ],
    },
    {
      id: 'relationships',
      title: { en: 'Build long-term relationships', zh: '建立长期关系' },
      meaning: { en: 'New-customer follow-up, loyalty care and member interaction.', zh: '新客户回访、忠诚客户关怀和会员互动。' },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['follow-up', 'follow up', 'loyalty', 'member'], zh: ['回访', '忠诚', '会员'] },
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'New-customer follow-up', zh: '新客户回访' } } },
        { collection: 'actions', row: { title: { en: 'Loyalty care for repeat customers', zh: '老客户忠诚关怀' } } },
        { collection: 'actions', row: { title: { en: 'Member interaction events', zh: '会员互动活动' } } },
      ],
    },
  ],
};
