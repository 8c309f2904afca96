public class Bench { public static void Main() {} }
