// What the simulated platform's people write. Hostile lines are the notice's kinds of cyberviolence
// (insults, rumours, doxxing, incitement) aimed at a made-up person; ordinary lines are everyday talk.
// Every name is invented; `{name}` and friends are filled in per run.

export const surnames = ['林', '苏', '陈', '周', '沈', '许', '顾', '程', '叶', '唐', '韩', '秦', '宋', '陆', '江'] as const;
export const givenNames = ['晚晴', '若溪', '一诺', '梓涵', '思源', '雨桐', '嘉怡', '书瑶', '子墨', '清妍', '安然', '语嫣', '沐阳', '星辰'] as const;
export const places = ['南城', '江州', '临川', '青石镇', '北湖区'] as const;
export const schools = ['江州第二中学', '临川实验中学', '南城外国语学校', '北湖区第七中学'] as const;
export const handles = ['momo', 'xiaoyu', 'chen_k', 'lazycat', 'river', 'dawn', 'kiwi', 'sunny', 'nobody', 'leo', 'mint', 'echo', 'panda', 'tofu'] as const;

export const pileOn = {
  rumour: [
    '扒一扒{name}：在公司靠关系上位，还插足别人家庭，证据都在图里',
    '{name}就是那个在{place}骗了好几个人钱的女的，大家小心',
    'Everyone in {place} knows {name} cheated her way into that job. Screenshots below.',
  ],
  topic: ['#{name}滚出{place}#', '#{name}的真面目#'],
  insult: [
    '{name}真恶心，怎么还有脸出门', '这种人就该被骂到删号 @{handle}', '{name}赶紧道歉，不然天天来骂你',
    '垃圾{name}，全家都一样', 'What a disgusting liar, {name} should disappear', '大家都去她主页底下留言，让她知道厉害',
    '建议{name}直接消失，别污染大家眼睛', '人肉一下{name}公司在哪，去她单位闹',
  ],
  atMinor: ['{minorName}你个小屁孩也来洗白？一丘之貉', '{minorName}是她表弟吧，一起骂', '小孩子懂什么，{minorName}滚回去写作业'],
  agency: ['姐妹们冲！#{name}滚出{place}# 今天必须上热搜', '转发抽奖：骂{name}的评论点赞最多送会员', '{name}事件最新爆料，关注我们不迷路'],
  room: '直播揭秘{name}的真面目',
  bullets: ['{name}滚', '骂死她', '{name}去死吧', '主播说得对', '她活该', '刷一波{name}滚出{place}', '哈哈哈', '主播加油'],
  dm: ['你就是{name}吧，我知道你住哪', '滚出网络', '你怎么还不去死', '全网都在骂你你看不到吗'],
  video: { title: '{name}事件全过程，看完你就懂了', cover: '{name}真面目曝光' },
};

export const doxxing = {
  group: '{school}吃瓜群',
  post: [
    '{minorName}，{school}初二(3)班，家住{place}幸福小区5栋，电话138{digits}，大家去问问她',
    '这就是{minorName}的照片和学号，{school}的，放学路上堵她',
    '{minorName} from {school}, class 8-3, lives at Block 5 Xingfu Estate, phone 138{digits}',
  ],
  comment: ['已转发到年级群', '原来是她啊，明天去学校看看', '地址对的，我就住隔壁', '谁有她QQ，拉个群', '这也太过分了吧，别发了'],
};

export const rumourRefuted = {
  topic: '#{place}{name}饭店用地沟油#',
  rumour: ['{place}{name}开的饭店用地沟油，吃了会得病，转给家人', '{name}饭店被查封了！老板已经跑路', 'Heard {name}\'s restaurant in {place} uses gutter oil, share before it gets deleted'],
  echo: ['太可怕了，再也不去了', '转发了', '怪不得上次吃完拉肚子', '{name}这种黑心老板就该坐牢'],
  official: '{place}市场监管局：经现场检查，{name}饭店食用油来源合法、检测合格，网传"使用地沟油"系谣言，已提请公安机关依法处理造谣者。',
  afterRefute: ['原来是谣言啊', '造谣的人该抓', '误会老板了，明天去吃', '官方都辟谣了还有人在传'],
};

export const ordinary = {
  topics: ['#周末去哪儿#', '#今日晚餐#', '#Weekend hiking#', '#考研打卡#', '#猫咪日常#'],
  posts: ['今天做了番茄炒蛋，第一次成功', '周末去爬山，天气很好', 'Finished my first 10k run today!', '求推荐好看的纪录片', '考研第100天，继续加油'],
  comments: ['好棒！', '看起来好好吃', '同求推荐', 'Nice one', '加油加油', '哈哈哈太可爱了', '下次带上我', '楼主厉害'],
  bullets: ['主播好', '666', '这个好好看', '来了来了', '晚上好'],
  searches: ['周末去哪儿', '番茄炒蛋做法', '考研英语', '猫粮推荐', 'hiking trails'],
  room: '晚间做饭直播',
  mildReport: ['你这菜做得跟猪食一样', 'lol you are so dumb'],
};

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
