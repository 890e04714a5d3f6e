import type { Playbook } from './schema';

/** Customer service and loyalty: the long-term relationship of the omnichannel method, step by step. */
export const customerCare: Playbook = {
  id: 'customer-care',
  title: { en: 'Customer service and loyalty', zh: '客户服务与忠诚' },
  summary: {
    en: 'Follow up new customers, care for loyal ones, and keep members interacting.',
    zh: '回访新客户、关怀忠诚客户、保持会员互动。',
  },
  steps: [
    {
      id: 'new-customer-follow-up',
      title: { en: 'Follow up new customers', zh: '新客户回访' },
      meaning: {
        en: 'Contact each new customer soon after the first purchase: thank, help, ask.',
        zh: '首次购买后尽快联系每位新客户：致谢、答疑、征求意见。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['follow-up', 'follow up', 'welcome', 'onboarding'], zh: ['回访', '欢迎', '新客'] },
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'Follow up new customers within 7 days', zh: '7天内回访新客户' } } },
        { collection: 'kpis', row: { metric: { en: 'New customers followed up', zh: '新客户回访率' }, unit: '%', controlKind: 'efficiency' } },
      ],
    },
    {
      id: 'loyalty-care',
      title: { en: 'Loyalty care', zh: '忠诚客户关怀' },
      meaning: {
        en: 'Remind at the right time to buy again, and mark the moments that matter to the customer.',
        zh: '在合适的时间提醒复购，记住对客户重要的时刻。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'anyOf',
        rules: [
          {
            rule: 'mentions',
            collection: 'actions',
            field: 'title',
            words: { en: ['loyalty', 'care', 're-purchase', 'repurchase', 'birthday'], zh: ['忠诚', '关怀', '复购', '生日'] },
          },
          { rule: 'rows', collection: 'objectives', where: { metric: 'retention' } },
        ],
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'Re-purchase reminder before the product runs out', zh: '用完前提醒复购' } } },
        { collection: 'actions', row: { title: { en: 'Birthday and holiday care', zh: '生日与节日关怀' } } },
        {
          collection: 'objectives',
          row: { kind: 'marketing', metric: 'retention', title: { en: 'Raise the repeat-purchase rate', zh: '提高复购率' }, unit: '%' },
        },
      ],
    },
    {
      id: 'member-interaction',
      title: { en: 'Member interaction', zh: '会员互动' },
      meaning: {
        en: 'Give members a reason to come back between purchases: events, a club, a community.',
        zh: '在两次购买之间给会员回来的理由：活动、俱乐部、社群。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['member', 'club', 'community'], zh: ['会员', '俱乐部', '社群'] },
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'Member club: monthly event', zh: '会员俱乐部：每月活动' }, mixElement: 'promotion' } },
        {
          collection: 'kpis',
          row: {
            metric: { en: 'Members taking part in events', zh: '参与活动的会员数' },
            unit: { en: 'members', zh: '人' },
            controlKind: 'efficiency',
          },
        },
      ],
    },
  ],
};
