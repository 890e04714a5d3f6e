import type { Playbook } from './schema';

/** The customer life cycle (new, growing, mature, declining, churned) and its win-back actions. */
export const lifeCycle: Playbook = {
  id: 'life-cycle',
  title: { en: 'Customer life cycle and win-back', zh: '客户生命周期与挽回' },
  summary: {
    en: 'Name the customers in each stage — new, growing, mature, declining, churned — watch churn with RFM, and win back high-value customers first.',
    zh: '为新客、成长、成熟、衰退、流失各阶段客户命名，用 RFM 监测流失，优先挽回高价值客户。',
  },
  steps: [
    {
      id: 'new',
      title: { en: 'New customers', zh: '新客户' },
      meaning: { en: 'First purchase recently: welcome them and help them use what they bought.', zh: '近期首次购买：欢迎并帮助他们用好所购产品。' },
      lands: { part: 'situation', table: 'customerTiers' },
      coverage: { rule: 'mentions', collection: 'customerTiers', field: 'name', words: { en: ['new customer'], zh: ['新客'] } },
      suggestions: [
        {
          collection: 'customerTiers',
          row: {
            tier: 'other',
            name: { en: 'New customers', zh: '新客户' },
            notes: { en: 'First purchase in the last 90 days', zh: '近90天首次购买' },
          },
        },
        { collection: 'actions', row: { title: { en: 'Welcome series for new customers', zh: '新客户欢迎礼与引导' } } },
      ],
    },
    {
      id: 'growing',
      title: { en: 'Growing customers', zh: '成长期客户' },
      meaning: { en: 'Buying more often: offer what goes with what they buy.', zh: '购买越来越频繁：推荐与所购产品相配的商品。' },
      lands: { part: 'situation', table: 'customerTiers' },
      coverage: { rule: 'mentions', collection: 'customerTiers', field: 'name', words: { en: ['growing'], zh: ['成长'] } },
      suggestions: [
        {
          collection: 'customerTiers',
          row: { tier: 'other', name: { en: 'Growing customers', zh: '成长期客户' }, notes: { en: 'Buying more often', zh: '购买频次上升' } },
        },
        { collection: 'actions', row: { title: { en: 'Cross-sell to growing customers', zh: '向成长期客户交叉销售' }, mixElement: 'product' } },
      ],
    },
    {
      id: 'mature',
      title: { en: 'Mature customers', zh: '成熟期客户' },
      meaning: { en: 'Steady and valuable: recognise them and ask them to recommend you.', zh: '稳定且有价值：给予认可，并请他们推荐。' },
      lands: { part: 'situation', table: 'customerTiers' },
      coverage: { rule: 'mentions', collection: 'customerTiers', field: 'name', words: { en: ['mature'], zh: ['成熟'] } },
      suggestions: [
        {
          collection: 'customerTiers',
          row: {
            tier: 'keyAccount',
            name: { en: 'Mature customers', zh: '成熟期客户' },
            notes: { en: 'Steady, high value', zh: '购买稳定、价值高' },
          },
        },
        { collection: 'actions', row: { title: { en: 'VIP benefits for mature customers', zh: '成熟期客户VIP权益' } } },
      ],
    },
    {
      id: 'declining',
      title: { en: 'Declining customers', zh: '衰退期客户' },
      meaning: {
        en: 'Longer gaps between purchases: watch recency (RFM) and act before they leave.',
        zh: '购买间隔变长：用 RFM 的最近一次消费监测，在流失前行动。',
      },
      lands: { part: 'control', table: 'kpis' },
      coverage: {
        rule: 'anyOf',
        rules: [
          { rule: 'mentions', collection: 'customerTiers', field: 'name', words: { en: ['declining'], zh: ['衰退'] } },
          { rule: 'mentions', collection: 'kpis', field: 'metric', words: { en: ['churn', 'recency', 'silent'], zh: ['流失', '沉默', '最近消费'] } },
        ],
      },
      suggestions: [
        {
          collection: 'customerTiers',
          row: { tier: 'other', name: { en: 'Declining customers', zh: '衰退期客户' }, notes: { en: 'Recency rising', zh: '最近一次消费天数上升' } },
        },
        {
          collection: 'kpis',
          row: {
            metric: { en: 'Customers silent for 60+ days', zh: '沉默超过60天的客户数' },
            unit: { en: 'customers', zh: '人' },
            direction: 'lowerIsBetter',
            controlKind: 'strategic',
          },
        },
      ],
    },
    {
      id: 'churned',
      title: { en: 'Churned customers: win back', zh: '流失客户：挽回' },
      meaning: { en: 'Win back high-value customers first, with an offer that wakes them up.', zh: '优先挽回高价值客户，用唤醒优惠让他们回来。' },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['win back', 'win-back', 'wake-up', 'reactivat'], zh: ['挽回', '唤醒', '召回'] },
      },
      suggestions: [
        {
          collection: 'customerTiers',
          row: { tier: 'other', name: { en: 'Churned customers', zh: '流失客户' }, notes: { en: 'No purchase in 180 days', zh: '180天未购买' } },
        },
        { collection: 'actions', row: { title: { en: 'Win back high-value churned customers first', zh: '优先挽回高价值流失客户' } } },
        {
          collection: 'actions',
          row: { title: { en: 'Wake-up offer after three silent months', zh: '沉默三个月后发送唤醒优惠' }, mixElement: 'price' },
        },
      ],
    },
  ],
};
