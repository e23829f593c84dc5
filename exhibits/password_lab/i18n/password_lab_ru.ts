<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>BuilderPage</name>
    <message>
      <source>word</source>
      <extracomment>The cracking-time meters run on log10(seconds) from one second to the age of the Universe.</extracomment>
      <translation>слово</translation>
    </message>
    <message>
      <source>less than a second</source>
      <translation>меньше секунды</translation>
    </message>
    <message>
      <source>longer than the Universe has existed</source>
      <translation>дольше, чем существует Вселенная</translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n секунда</numerusform>
        <numerusform>%n секунды</numerusform>
        <numerusform>%n секунд</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n минута</numerusform>
        <numerusform>%n минуты</numerusform>
        <numerusform>%n минут</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n час</numerusform>
        <numerusform>%n часа</numerusform>
        <numerusform>%n часов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n год</numerusform>
        <numerusform>%n года</numerusform>
        <numerusform>%n лет</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thousand year(s)</source>
      <translation>
        <numerusform>%n тысяча лет</numerusform>
        <numerusform>%n тысячи лет</numerusform>
        <numerusform>%n тысяч лет</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n million year(s)</source>
      <translation>
        <numerusform>%n миллион лет</numerusform>
        <numerusform>%n миллиона лет</numerusform>
        <numerusform>%n миллионов лет</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n billion year(s)</source>
      <translation>
        <numerusform>%n миллиард лет</numerusform>
        <numerusform>%n миллиарда лет</numerusform>
        <numerusform>%n миллиардов лет</numerusform>
      </translation>
    </message>
    <message>
      <source>Challenge 1: beat the home computer</source>
      <translation>Задание 1: обыграй домашний компьютер</translation>
    </message>
    <message>
      <source>Build a password that a home computer needs more than a year to crack.</source>
      <translation>Собери пароль, на взлом которого домашнему компьютеру нужно больше года.</translation>
    </message>
    <message>
      <source>Challenge 2: beat the cracking rig</source>
      <translation>Задание 2: обыграй установку для взлома</translation>
    </message>
    <message>
      <source>Now hold out for a century against a cracking rig. Tip: words are easier to remember than random characters. How many do you need?</source>
      <translation>Теперь продержись век против установки для взлома. Подсказка: слова запомнить легче, чем случайные символы. Сколько их нужно?</translation>
    </message>
    <message>
      <source>Both challenges solved!</source>
      <translation>Оба задания решены!</translation>
    </message>
    <message>
      <source>Try the phishing spotter too: the strongest password is no help if you give it away.</source>
      <translation>Попробуй и поиск фишинга: самый стойкий пароль не поможет, если ты его отдашь.</translation>
    </message>
    <message>
      <source>Guesses to try every possibility: %1</source>
      <translation>Попыток, чтобы перебрать все варианты: %1</translation>
    </message>
    <message>
      <source>Tap the pieces to build a password.</source>
      <translation>Нажимай на кусочки, чтобы собрать пароль.</translation>
    </message>
    <message>
      <source>Strength: %1 bits</source>
      <translation>Стойкость: %1 бит</translation>
    </message>
    <message>
      <source>1 s</source>
      <translation>1 с</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 день</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 год</translation>
    </message>
    <message>
      <source>1 million years</source>
      <translation>1 млн лет</translation>
    </message>
    <message>
      <source>Home computer</source>
      <translation>Домашний компьютер</translation>
    </message>
    <message>
      <source>Cracking rig</source>
      <translation>Установка для взлома</translation>
    </message>
    <message>
      <source>Assumed: a home computer tries a billion (10⁹) guesses a second, a cracking rig of several graphics cards a trillion (10¹²), against a fast password hash. The attacker knows the recipe (which kinds of pieces), not the pieces.</source>
      <translation>Предположение: домашний компьютер делает миллиард (10⁹) попыток в секунду, установка из нескольких видеокарт – триллион (10¹²), если пароли хранятся с быстрой хеш-функцией. Взломщик знает рецепт (какие кусочки), но не сами кусочки.</translation>
    </message>
    <message>
      <source>Tap a piece to add it:</source>
      <translation>Нажми на кусочек, чтобы добавить его:</translation>
    </message>
    <message>
      <source>+ %2   (%1: %3 bits)</source>
      <translation>+ %2   (%1: %3 бит)</translation>
    </message>
    <message>
      <source>12 random characters</source>
      <translation>12 случайных символов</translation>
    </message>
    <message>
      <source>Remove last</source>
      <translation>Убрать последний</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Очистить</translation>
    </message>
    <message>
      <source>New pieces</source>
      <translation>Новые кусочки</translation>
    </message>
    <message>
      <source>Never type a real password into anything to test it: this lab only uses made-up pieces.</source>
      <translation>Никогда и нигде не вводи настоящий пароль, чтобы его проверить: в этой лаборатории только придуманные кусочки.</translation>
    </message>
  </context>
  <context>
    <name>PasswordLabExhibit</name>
    <message>
      <source>Password builder</source>
      <translation>Конструктор паролей</translation>
    </message>
    <message>
      <source>Phishing spotter</source>
      <translation>Поиск фишинга</translation>
    </message>
  </context>
  <context>
    <name>SpotterPage</name>
    <message>
      <source>Message %1 of %2</source>
      <translation>Сообщение %1 из %2</translation>
    </message>
    <message>
      <source>Tap every part of this message that is a warning sign.</source>
      <translation>Нажми на каждую часть сообщения, которая является тревожным признаком.</translation>
    </message>
    <message>
      <source>Warning signs found: %1 of %2</source>
      <translation>Найдено тревожных признаков: %1 из %2</translation>
    </message>
    <message>
      <source>All found! A message with signs like these is phishing: delete it, and tell an adult or the real company.</source>
      <translation>Все найдены! Сообщение с такими признаками – это фишинг: удали его и расскажи взрослому или настоящей компании.</translation>
    </message>
    <message>
      <source>The signs you missed are marked with ⚠ now. Read why each one is a warning sign.</source>
      <translation>Пропущенные признаки теперь отмечены знаком ⚠. Прочитай, почему каждый из них – тревожный признак.</translation>
    </message>
    <message>
      <source>Phishing messages pretend to be someone you trust, to get your password or money. Look at the sender, the tone, the link and what they ask for.</source>
      <translation>Фишинговые сообщения притворяются кем-то, кому ты доверяешь, чтобы получить твой пароль или деньги. Смотри на отправителя, тон, ссылку и то, что просят.</translation>
    </message>
    <message>
      <source>This part is normal: real messages say things like this too.</source>
      <translation>Эта часть обычная: в настоящих сообщениях тоже так пишут.</translation>
    </message>
    <message>
      <source>Show the answers</source>
      <translation>Показать ответы</translation>
    </message>
    <message>
      <source>Next message</source>
      <translation>Следующее сообщение</translation>
    </message>
  </context>
</TS>
