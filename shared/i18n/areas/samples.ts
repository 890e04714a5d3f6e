import type { LocaleShape } from '../types';

/** Sample plans: the library's "New plan from sample" dialog and the samples' titles. */
export const samplesEn = {
  newFromSample: 'New plan from sample',
  dialog: {
    title: 'New plan from sample',
    description: 'Start from a complete example: every part is filled in, so you can see how the parts connect and change anything.',
    samples: 'Sample',
    language: 'Language of the plan',
    languageHint: 'The sample’s texts and its report are written in this language.',
    submit: 'Create plan',
    loading: 'Loading the samples…',
    loadFailed: 'The samples couldn’t be loaded: {{reason}}',
    failed: 'The plan couldn’t be created: {{reason}}',
  },
  items: {
    education: {
      title: 'Kids’ STEM centre: enrolment and renewal',
      description: 'A three-campus coding school recruits and renews families through WeChat parent groups, referrals and local ads.',
    },
    infantFormula: {
      title: 'Infant formula: member program',
      description: 'A formula brand builds a member database across 12,000 stores and its app, tiers members and times follow-ups.',
    },
    tradeCourse: {
      title: 'Foreign-trade marketing course',
      description: 'A training company sells an online-marketing bootcamp to export-factory owners with a zero-risk guarantee and limited seats.',
    },
    socialCampaign: {
      title: 'Beverage brand: social-media campaigns',
      description: 'A sparkling-tea brand runs four social-media campaigns a year, judged every week and after each campaign.',
    },
    stress: {
      title: 'Stress test (benchmark size)',
      description: '300 actions, 60 SWOT items, 20 objectives, 40 KPIs over 12 months and 150 budget lines, generated for speed tests.',
    },
  },
} as const;

export const samplesZhCN: LocaleShape<typeof samplesEn> = {
  newFromSample: '从样例新建计划',
  dialog: {
    title: '从样例新建计划',
    description: '从一份完整的示例计划开始：每个部分都已填写，可以看清各部分如何衔接，并可随意修改。',
    samples: '样例',
    language: '计划语言',
    languageHint: '样例的文字和报告都使用该语言。',
    submit: '创建计划',
    loading: '正在加载样例…',
    loadFailed: '无法加载样例：{{reason}}',
    failed: '无法创建计划：{{reason}}',
  },
  items: {
    education: {
      title: '少儿科创机构：招生与续费',
      description: '拥有三个校区的少儿编程机构，通过家长微信社群、转介绍和本地广告招新生、促续费。',
    },
    infantFormula: {
      title: '婴幼儿奶粉：会员计划',
      description: '奶粉品牌在 12,000 家门店和 App 中建立会员数据库，对会员分级并按时跟进。',
    },
    tradeCourse: {
      title: '外贸网络营销课程',
      description: '培训公司向外贸工厂老板销售网络营销实战课，零风险承诺、限额招生。',
    },
    socialCampaign: {
      title: '饮料品牌：社交媒体营销活动',
      description: '气泡茶品牌全年开展四波社交媒体营销活动，按周和按活动评估效果。',
    },
    stress: {
      title: '压力测试（基准规模）',
      description: '300 项行动、60 条 SWOT、20 个目标、40 个 KPI × 12 个月、150 条预算明细，用于性能测试。',
    },
  },
};
